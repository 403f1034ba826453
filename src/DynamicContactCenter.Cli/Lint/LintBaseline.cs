using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DynamicContactCenter.Flows.Lint;

namespace DynamicContactCenter.Cli.Lint;

/// <summary>The findings a team has accepted (<c>dcc lint --write-baseline</c>), so that only new findings fail. A baseline is a
/// multiset: two known findings with the same key hide two, and a third is new.</summary>
internal static class LintBaseline
{
    /// <summary>The baseline key of <paramref name="finding"/>; its file is made relative with <paramref name="configuration"/>'s root.</summary>
    public static LintBaselineEntry KeyOf(LintFinding finding, LintConfiguration configuration) =>
        new(finding.Rule.Id, finding.Location.File is { } file ? configuration.RelativePath(file) : null, finding.Location.Flow, finding.Location.ActionId);

    /// <summary><paramref name="report"/> without the findings <paramref name="baseline"/> knows, and how many it hid.</summary>
    public static LintReport Filter(LintReport report, IEnumerable<LintBaselineEntry> baseline, LintConfiguration configuration)
    {
        var known = baseline.GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count());
        var kept = ImmutableArray.CreateBuilder<LintFinding>();
        foreach (var finding in report.Findings)
        {
            var key = KeyOf(finding, configuration);
            if (known.TryGetValue(key, out var left) && left > 0) known[key] = left - 1;
            else kept.Add(finding);
        }

        return report with { Findings = kept.ToImmutable(), Baselined = report.Findings.Length - kept.Count };
    }

    /// <summary>The baseline file's text for every finding of <paramref name="report"/>, in report order.</summary>
    public static string ToJson(LintReport report, LintConfiguration configuration)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("comment", "Known dcc lint findings: dcc lint fails only on findings not listed here. Rewrite with 'dcc lint --write-baseline'.");
            w.WriteStartArray("findings");
            foreach (var entry in report.Findings.Select(f => KeyOf(f, configuration)))
            {
                w.WriteStartObject();
                w.WriteString("rule", entry.Rule);
                w.WriteString("file", entry.File);
                w.WriteString("flow", entry.Flow);
                w.WriteString("action", entry.Action);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The entries of the baseline file's text, or why it is not a baseline.</summary>
    public static (ImmutableArray<LintBaselineEntry> Entries, string? Problem) Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                return ([], "it has no \"findings\" list");
            }

            var entries = ImmutableArray.CreateBuilder<LintBaselineEntry>();
            foreach (var item in findings.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object || Text(item, "rule") is not { } rule)
                {
                    return ([], $"finding {entries.Count + 1} has no \"rule\"");
                }

                entries.Add(new(rule, Text(item, "file"), Text(item, "flow"), Text(item, "action")));
            }

            return (entries.ToImmutable(), null);
        }
        catch (JsonException e)
        {
            return ([], $"it is not JSON ({e.Message})");
        }
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
