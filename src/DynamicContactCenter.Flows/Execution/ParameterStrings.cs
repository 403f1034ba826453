using System.Text.Json;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>
/// Parameter reading for specs and lint, on <see cref="ParameterReader"/>'s one case rule (it lives beside it so that the
/// executors' specs, the lint rules and a call read a name alike), and every string value inside an action's Parameters with its
/// JSON path (<c>Parameters.LambdaInvocationAttributes.environment</c>).
/// </summary>
internal static class ParameterStrings
{
    public static IEnumerable<(string Field, string Value)> Enumerate(JsonElement parameters) => Walk(parameters, "Parameters");

    private static IEnumerable<(string Field, string Value)> Walk(JsonElement element, string field)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return (field, element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    foreach (var item in Walk(property.Value, $"{field}.{property.Name}")) yield return item;
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var inner in Walk(item, $"{field}[{i}]")) yield return inner;
                    i++;
                }

                break;
        }
    }

    /// <summary>A parameter's value as text (exports write numbers and booleans as strings), or null when absent or not a scalar. The name
    /// is found as the interpreter finds it (<see cref="ParameterReader.Find"/>: exact, else in any case), so a rule never
    /// judges a parameter the call reads differently.</summary>
    public static string? Scalar(JsonElement parameters, string name) =>
        ParameterReader.Find(parameters, name) is { ValueKind: JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } value
            ? Parsing.FlowDocumentReader.ScalarText(value) : null;

    /// <summary>Finds a parameter by the interpreter's case rule (<see cref="ParameterReader.Find"/>); JSON null is absent. Rules
    /// use it in place of <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/>, which is case-sensitive.</summary>
    public static bool TryGet(JsonElement parameters, string name, out JsonElement value)
    {
        var found = ParameterReader.Find(parameters, name);
        value = found ?? default;
        return found is not null;
    }

    /// <summary>True when the value is (or contains) a <c>$.</c> reference or a <c>${Name}</c> placeholder, i.e. is not static.</summary>
    public static bool IsDynamic(string value) => value.Contains('$', StringComparison.Ordinal);
}
