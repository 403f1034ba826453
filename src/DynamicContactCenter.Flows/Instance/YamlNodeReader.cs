using System.Globalization;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Routing.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Flows.Instance;

/// <summary>Reads YAML nodes (reflection-free, for AOT) and records diagnostics with the key path and line.</summary>
internal sealed class YamlNodeReader(string? file)
{
    public List<FlowDiagnostic> Diagnostics { get; } = [];

    public void Error(string code, string path, YamlNode? node, string format, params object?[] args) =>
        Diagnostics.Add(new FlowDiagnostic(code, Severity.Error, file, null, null, Where(path, node),
            string.Format(CultureInfo.InvariantCulture, format, args)));

    public static string Where(string path, YamlNode? node) => node is null ? path : $"{path} (line {node.Start.Line})";

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public YamlMappingNode? Mapping(YamlMappingNode parent, string key, string path, bool required, string expected)
    {
        var node = Get(parent, key);
        if (node is null || IsNull(node))
        {
            if (required) Error(FlowMessages.InstanceMissingKey.Code, path, parent, FlowMessages.InstanceMissingKey.Format, path, expected);
            return null;
        }

        if (node is YamlMappingNode map) return map;
        Error(FlowMessages.InstanceInvalidValue.Code, path, node, FlowMessages.InstanceInvalidValue.Format, Text(node), expected);
        return null;
    }

    public string? Scalar(YamlMappingNode parent, string key, string path, bool required, string expected)
    {
        var node = Get(parent, key);
        if (node is null || IsNull(node))
        {
            if (required) Error(FlowMessages.InstanceMissingKey.Code, path, parent, FlowMessages.InstanceMissingKey.Format, path, expected);
            return null;
        }

        if (node is YamlScalarNode scalar) return scalar.Value;
        Error(FlowMessages.InstanceInvalidValue.Code, path, node, FlowMessages.InstanceInvalidValue.Format, Text(node), expected);
        return null;
    }

    public int? Integer(YamlMappingNode parent, string key, string path, int min)
    {
        var text = Scalar(parent, key, path, required: false, "a whole number");
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min) return value;
        Error(FlowMessages.InstanceInvalidValue.Code, path, Get(parent, key), FlowMessages.InstanceInvalidValue.Format, text,
            $"a whole number of at least {min}");
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
                    else Error(FlowMessages.InstanceInvalidValue.Code, path, item, FlowMessages.InstanceInvalidValue.Format, Text(item), "a text value");
                }

                break;
            case YamlScalarNode:
                break;
            default:
                Error(FlowMessages.InstanceInvalidValue.Code, path, node, FlowMessages.InstanceInvalidValue.Format, Text(node), "a list of text values");
                break;
        }

        return list;
    }

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s && (s.Value is null or "" or "~" or "null");

    public static string Text(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value ?? "",
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ => node.ToString(),
    };
}
