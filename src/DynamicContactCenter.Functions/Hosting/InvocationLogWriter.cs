using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DynamicContactCenter.Functions.Hosting;

/// <summary>Writes the one structured JSON line per invocation (DESIGN.md §4), by hand with <see cref="Utf8JsonWriter"/>.</summary>
/// <remarks>
/// Every text that can carry caller input (error message, notes, ids) is capped by <see cref="LoggedText"/>, and at most
/// <see cref="MaxNotes"/> notes are written, so a line stays far below CloudWatch's 256 KB event limit: CloudWatch would cut a
/// longer one mid-JSON and the line would no longer parse. Should escaping still push a line over <see cref="MaxLineBytes"/>,
/// it is written again with tighter caps.
/// </remarks>
internal static class InvocationLogWriter
{
    /// <summary>The most notes written; the rest are counted in one last note.</summary>
    public const int MaxNotes = 8;

    /// <summary>The longest line written, in UTF-8 bytes: half CloudWatch's event limit.</summary>
    public const int MaxLineBytes = 128 * 1024;

    public static string Format(string requestId, FunctionOutcome outcome, DateTimeOffset time)
    {
        var line = Format(requestId, outcome, time, LoggedText.DefaultMaxChars);
        return line.Length * 3 <= MaxLineBytes || Encoding.UTF8.GetByteCount(line) <= MaxLineBytes
            ? line
            : Format(requestId, outcome, time, LoggedText.DefaultMaxChars / 16);
    }

    private static string Format(string requestId, FunctionOutcome outcome, DateTimeOffset time, int maxChars)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("time", time.ToString("O", CultureInfo.InvariantCulture));
            writer.WriteString("level", outcome.Succeeded ? "INFO" : "ERROR");
            writer.WriteString("requestId", LoggedText.Cap(requestId, maxChars));
            writer.WriteString("function", LoggedText.Cap(outcome.Function, maxChars));
            if (outcome.ContactId is null)
            {
                writer.WriteNull("contactId");
            }
            else
            {
                writer.WriteString("contactId", LoggedText.Cap(outcome.ContactId, maxChars));
            }

            writer.WriteString("outcome", outcome.Succeeded ? "success" : "error");
            if (!outcome.Succeeded)
            {
                writer.WriteString("errorType", outcome.ErrorType is null ? null : LoggedText.Cap(outcome.ErrorType, maxChars));
                writer.WriteString("errorMessage", outcome.ErrorMessage is null ? null : LoggedText.Cap(outcome.ErrorMessage, maxChars));
            }

            writer.WriteNumber("ms", Math.Round(outcome.Duration.TotalMilliseconds, 3));
            writer.WriteStartArray("notes");
            foreach (var note in outcome.Notes.Take(MaxNotes))
            {
                writer.WriteStringValue(LoggedText.Cap(note, maxChars));
            }

            if (outcome.Notes.Length > MaxNotes)
            {
                writer.WriteStringValue(string.Create(CultureInfo.InvariantCulture, $"…[+{outcome.Notes.Length - MaxNotes} more notes]"));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
