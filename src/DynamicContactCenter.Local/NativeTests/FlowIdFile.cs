using System.Text.Json;

namespace DynamicContactCenter.Local.NativeTests;

/// <summary>Reads <c>--flow-ids FILE</c>: a JSON object of flow name to flow id (e.g. from the deployed stack's outputs), so a scenario
/// that starts at a flow can become a test case entering at that flow.</summary>
public static class FlowIdFile
{
    /// <summary>The map in <paramref name="json"/>, or why it is not one (never the content itself: it is the user's file).</summary>
    public static (IReadOnlyDictionary<string, string>? Ids, string? Error) Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return (null, $"the top level is a {document.RootElement.ValueKind.ToString().ToLowerInvariant()}");
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String || property.Value.GetString() is not { Length: > 0 } id)
                {
                    return (null, $"the value of '{property.Name}' is not a non-empty string");
                }

                ids[property.Name] = id;
            }

            return (ids, null);
        }
        catch (JsonException e)
        {
            return (null, $"not valid JSON (line {(e.LineNumber ?? 0) + 1})");
        }
    }
}
