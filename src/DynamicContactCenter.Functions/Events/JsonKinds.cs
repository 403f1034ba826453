using System.Text.Json;

namespace DynamicContactCenter.Functions.Events;

/// <summary>JSON kinds as people say them in messages ("a JSON array").</summary>
internal static class JsonKinds
{
    public static string Name(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
