using DynamicContactCenter.Routing.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>Writes a <see cref="CallResult"/> as JSON with stable property names: <c>outcome</c>, <c>queue</c> (when queued),
/// <c>answeredAfterSeconds</c> (when an agent answered in a <c>--wait</c>), <c>voice</c>, <c>languageCode</c>, <c>steps</c>, <c>attributes</c>, <c>events</c> (each <c>{type, flow, action, ...}</c>) and
/// <c>diagnostics</c> (each <c>{code, severity, file, flow, action, field, message}</c>) and <c>tasks</c> (the tasks CreateTask created). Reflection-free (AOT).</summary>
public static class CallResultJsonWriter
{
    /// <summary>The result as a JSON string.</summary>
    public static string ToJson(CallResult result, bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, result);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the result as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, CallResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteString("outcome", result.OutcomeName);
        if (result.Queue is { } queue)
        {
            writer.WriteStartObject("queue");
            writer.WriteString("name", queue.Name);
            writer.WriteString("arn", queue.Arn);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("queue");
        }

        if (result.AnsweredAfter is { } answered) writer.WriteNumber("answeredAfterSeconds", (long)answered.TotalSeconds);
        writer.WriteString("voice", result.Voice);
        writer.WriteString("languageCode", result.LanguageCode);
        writer.WriteNumber("steps", result.Steps);
        WriteStringMap(writer, "attributes", result.Attributes);
        writer.WriteStartArray("events");
        foreach (var e in result.Events)
        {
            writer.WriteStartObject();
            writer.WriteString("type", e.Type);
            writer.WriteString("flow", e.Flow);
            writer.WriteString("action", e.Action);
            e.WriteDetails(writer);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("diagnostics");
        foreach (var d in result.Diagnostics) WriteDiagnostic(writer, d);
        writer.WriteEndArray();
        writer.WriteStartArray("tasks");
        foreach (var task in result.Tasks)
        {
            writer.WriteStartObject();
            TaskCreatedEvent.WriteTask(writer, task);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one diagnostic as <c>{code, severity, file, flow, action, field, message}</c>.</summary>
    public static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(diagnostic);
        writer.WriteStartObject();
        writer.WriteString("code", diagnostic.Code);
        writer.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
        writer.WriteString("file", diagnostic.Location.File);
        writer.WriteString("flow", diagnostic.Location.Flow);
        writer.WriteString("action", diagnostic.Location.ActionId);
        writer.WriteString("field", diagnostic.Location.Field);
        writer.WriteString("message", diagnostic.Message);
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="map"/> as an object <paramref name="name"/> with its keys in ordinal order (stable output).</summary>
    internal static void WriteStringMap(Utf8JsonWriter writer, string name, IEnumerable<KeyValuePair<string, string>> map)
    {
        writer.WriteStartObject(name);
        foreach (var (key, value) in map.OrderBy(a => a.Key, StringComparer.Ordinal)) writer.WriteString(key, value);
        writer.WriteEndObject();
    }
}
