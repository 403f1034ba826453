using System.Collections.Immutable;
using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>How profile and case events show their fields: in JSON as a <c>fields</c> object, for people as <c>Key="value"</c> pairs.</summary>
public static class RecordFields
{
    /// <summary>The fields as people read them: <c>FirstName="Ana", City="Lisbon"</c>.</summary>
    public static string Describe(IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return fields.Count == 0 ? "(no fields)" : string.Join(", ", fields.Select(f => $"{f.Key}=\"{f.Value}\""));
    }

    internal static void Write(Utf8JsonWriter writer, ImmutableSortedDictionary<string, string> fields)
    {
        writer.WriteStartObject("fields");
        foreach (var (key, value) in fields) writer.WriteString(key, value);
        writer.WriteEndObject();
    }
}
