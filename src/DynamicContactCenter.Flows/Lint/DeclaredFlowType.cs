using System.Text;
using System.Text.Json;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>The flow type a flow file states about itself. The flow JSON has no type field of its own (it belongs to the flow resource),
/// but what teams keep usually says it: a DescribeContactFlow wrapper (<c>ContactFlow.Type</c>), a <c>{Name, Type, Content}</c>
/// file, a CloudFormation <c>AWS::Connect::ContactFlow</c> resource (<c>Properties.Type</c>), or the designer metadata newer console
/// exports carry (<c>Metadata.type</c>: <c>customerQueue</c>, <c>agentWhisper</c>, ...; legacy exports: <c>type</c>).</summary>
internal static class DeclaredFlowType
{
    private const int MaxDepth = 4;

    /// <summary>The type <paramref name="json"/> declares, spelled as the API spells it (<c>CUSTOMER_QUEUE</c>), or null when it declares
    /// none or the text is not JSON.</summary>
    public static string? Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, Parsing.FlowParser.DocumentOptions);
            return Find(document.RootElement, 0);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Find(JsonElement element, int depth)
    {
        if (element.ValueKind != JsonValueKind.Object || depth > MaxDepth) return null;

        // A wrapper's own Type wins over the metadata inside its Content: it is the resource's type, which is what Connect enforces.
        if (!element.TryGetProperty("Actions", out _) && !element.TryGetProperty("modules", out _))
        {
            foreach (var key in (string[])["Type", "ContactFlowType"])
            {
                if (Text(element, key) is { } declared && Normalise(declared) is { } type) return type;
            }

            foreach (var key in (string[])["ContactFlow", "Properties"])
            {
                if (element.TryGetProperty(key, out var inner) && Find(inner, depth + 1) is { } type) return type;
            }

            if (element.TryGetProperty("Content", out var content))
            {
                return content.ValueKind == JsonValueKind.String ? ReadNested(content.GetString()!, depth) : Find(content, depth + 1);
            }

            return null;
        }

        foreach (var key in (string[])["Metadata", "metadata"])
        {
            if (element.TryGetProperty(key, out var metadata) && metadata.ValueKind == JsonValueKind.Object && Text(metadata, "type") is { } designer)
            {
                return Normalise(designer);
            }
        }

        return Text(element, "type") is { } legacy ? Normalise(legacy) : null;
    }

    private static string? ReadNested(string json, int depth)
    {
        try
        {
            using var inner = JsonDocument.Parse(json, Parsing.FlowParser.DocumentOptions);
            return Find(inner.RootElement, depth + 1);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string key) =>
        element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary><c>CUSTOMER_QUEUE</c> as is; the designer's <c>customerQueue</c> as <c>CUSTOMER_QUEUE</c>; anything that is not a known
    /// flow type (a CloudFormation resource type, a typo) as null, so the caller falls back rather than judging by a wrong type.</summary>
    public static string? Normalise(string value)
    {
        var upper = new StringBuilder(value.Length + 4);
        var previous = '_';
        foreach (var c in value.Trim())
        {
            if (char.IsUpper(c) && char.IsLower(previous)) upper.Append('_');
            upper.Append(c == '-' ? '_' : char.ToUpperInvariant(c));
            previous = c;
        }

        var type = upper.ToString();
        return FlowTypes.Known.Contains(type) ? type : null;
    }
}
