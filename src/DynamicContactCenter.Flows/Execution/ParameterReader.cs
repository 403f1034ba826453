using System.Globalization;
using System.Text.Json;
using DynamicContactCenter.Flows.Parsing;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>Reads an action's Parameters as exports write them: scalars as strings (<c>"8"</c>, <c>"True"</c>) or as real JSON values.</summary>
internal sealed class ParameterReader(JsonElement parameters)
{
    public JsonElement Raw => parameters;

    /// <summary>The element under <paramref name="name"/> (exact name, else case-insensitive), or null when absent or JSON null.</summary>
    public JsonElement? Element(string name) => Find(parameters, name);

    /// <summary>A scalar's text, or null when absent. Objects and arrays are not text: null.</summary>
    public string? Text(string name) => Element(name) is { } value && value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)
        ? FlowDocumentReader.ScalarText(value)
        : null;

    /// <summary>The object under <paramref name="name"/>, or null.</summary>
    public JsonElement? Object(string name) => Element(name) is { ValueKind: JsonValueKind.Object } value ? value : null;

    public static JsonElement? Find(JsonElement owner, string name)
    {
        if (owner.ValueKind != JsonValueKind.Object) return null;
        if (owner.TryGetProperty(name, out var exact)) return exact.ValueKind == JsonValueKind.Null ? null : exact;
        foreach (var property in owner.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind == JsonValueKind.Null ? null : property.Value;
            }
        }

        return null;
    }

    /// <summary>Booleans: <c>True</c>/<c>true</c>/<c>False</c>/<c>false</c> strings or JSON booleans.</summary>
    public static bool TryParseBool(string text, out bool value) => bool.TryParse(text.Trim(), out value);

    public static bool TryParseInt(string text, out int value) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value)
        || (decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d)
            && d is >= int.MinValue and <= int.MaxValue && (value = (int)d) == d);
}
