using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DynamicContactCenter.Cli.Rendering;

/// <summary>
/// The one JSON shape of a failed <c>--json</c> run, for every command:
/// <c>{"error": {"code": "DCCnnnn", "message": "...", "file": "..."|null, "line": n|null, "details": ["every error line", ...]}}</c>.
/// </summary>
/// <remarks>Built from the lines the command wrote to stderr, so the text a person sees and the document a script reads cannot
/// drift apart: <c>code</c>, <c>file</c> and <c>line</c> come from the first line that carries a code (a diagnostic
/// <c>file:line: location: error DCCnnnn: message</c> or the CLI's own <c>error DCCnnnn: message</c>); a plain
/// <c>error: message</c> gets the fallback code the caller passes.</remarks>
internal static partial class ErrorJsonWriter
{
    [GeneratedRegex(@"^(?:(?<where>.*?): )?(?:error|warning) (?<code>DCC\d{4}): (?<message>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex CodedLine();

    [GeneratedRegex(@"^(?<file>.+?):(?<line>\d+)(?:: |$)", RegexOptions.CultureInvariant)]
    private static partial Regex FileAndLine();

    public static string ToJson(IReadOnlyList<string> lines, string fallbackCode)
    {
        var coded = lines.Select(l => CodedLine().Match(l)).FirstOrDefault(m => m.Success);
        var firstError = lines.FirstOrDefault(l => l.StartsWith("error", StringComparison.Ordinal) || CodedLine().IsMatch(l)) ?? (lines.Count > 0 ? lines[0] : "");
        var code = coded?.Groups["code"].Value ?? fallbackCode;
        var message = coded is null ? StripPrefix(firstError) : coded.Groups["message"].Value;
        var where = coded?.Groups["where"] is { Success: true } group ? FileAndLine().Match(group.Value) : null;

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartObject("error");
            w.WriteString("code", code);
            w.WriteString("message", message);
            if (where is { Success: true }) w.WriteString("file", where.Groups["file"].Value); else w.WriteNull("file");
            if (where is { Success: true } && long.TryParse(where.Groups["line"].Value, out var line)) w.WriteNumber("line", line); else w.WriteNull("line");
            w.WriteStartArray("details");
            foreach (var text in lines) w.WriteStringValue(text);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string StripPrefix(string line) => line.StartsWith("error: ", StringComparison.Ordinal) ? line["error: ".Length..] : line;
}
