using System.Globalization;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Routing.Yaml;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Flows.Instance;

/// <summary>Reads instance.yaml on the one <see cref="YamlReader"/>, in the instance model's words (DCC32xx): keys that are
/// required, whole numbers with a minimum, and lists where one value may stand for a list of one.</summary>
internal sealed class YamlNodeReader(string? file) : YamlReader(file)
{
    /// <inheritdoc />
    protected override void WrongShape(string path, YamlNode node, string expected) =>
        Error(FlowMessages.InstanceInvalidValue, path, node, Text(node), expected);

    /// <summary>The mapping under <paramref name="key"/>; a missing one is reported when <paramref name="required"/>.</summary>
    public YamlMappingNode? Mapping(YamlMappingNode parent, string key, string path, bool required, string expected) =>
        Present(parent, key, path, required, expected) is { } node ? Mapping(node, path, expected) : null;

    /// <summary>The text under <paramref name="key"/>; a missing one is reported when <paramref name="required"/>.</summary>
    public string? Scalar(YamlMappingNode parent, string key, string path, bool required, string expected) =>
        Present(parent, key, path, required, expected) is { } node ? Scalar(node, path, expected) : null;

    public int? Integer(YamlMappingNode parent, string key, string path, int min)
    {
        var text = Scalar(parent, key, path, required: false, "a whole number");
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min) return value;
        Error(FlowMessages.InstanceInvalidValue, path, Get(parent, key), text, $"a whole number of at least {min}");
        return null;
    }

    /// <summary>A list of scalars; a single scalar counts as a list of one.</summary>
    public List<(string Value, YamlNode Node)> ScalarList(YamlNode? node, string path)
    {
        var list = new List<(string, YamlNode)>();
        switch (node)
        {
            case null:
                break;
            case YamlScalarNode scalar when !IsNull(scalar):
                list.Add((scalar.Value ?? "", scalar));
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode s && s.Value is not null) list.Add((s.Value, s));
                    else Error(FlowMessages.InstanceInvalidValue, path, item, Text(item), "a text value");
                }

                break;
            case YamlScalarNode:
                break;
            default:
                Error(FlowMessages.InstanceInvalidValue, path, node, Text(node), "a list of text values");
                break;
        }

        return list;
    }

    /// <summary>The node under <paramref name="key"/> unless it is absent or null; then reported (on the parent's line) when required.</summary>
    private YamlNode? Present(YamlMappingNode parent, string key, string path, bool required, string expected)
    {
        if (Value(parent, key) is { } node) return node;
        if (required) Error(FlowMessages.InstanceMissingKey, path, parent, path, expected);
        return null;
    }
}
