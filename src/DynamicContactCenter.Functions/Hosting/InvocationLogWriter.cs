using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DynamicContactCenter.Functions.Hosting;

/// <summary>Writes the one structured JSON line per invocation (DESIGN.md §4), by hand with <see cref="Utf8JsonWriter"/>.</summary>
internal static class InvocationLogWriter
{
    public static string Format(string requestId, FunctionOutcome outcome, DateTimeOffset time)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("time", time.ToString("O", CultureInfo.InvariantCulture));
            writer.WriteString("level", outcome.Succeeded ? "INFO" : "ERROR");
            writer.WriteString("requestId", requestId);
            writer.WriteString("function", outcome.Function);
            if (outcome.ContactId is null)
            {
                writer.WriteNull("contactId");
            }
            else
            {
                writer.WriteString("contactId", outcome.ContactId);
            }

            writer.WriteString("outcome", outcome.Succeeded ? "success" : "error");
            if (!outcome.Succeeded)
            {
                writer.WriteString("errorType", outcome.ErrorType);
                writer.WriteString("errorMessage", outcome.ErrorMessage);
            }

            writer.WriteNumber("ms", Math.Round(outcome.Duration.TotalMilliseconds, 3));
            writer.WriteStartArray("notes");
            foreach (var note in outcome.Notes)
            {
                writer.WriteStringValue(note);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
