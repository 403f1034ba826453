using System.Globalization;
using DynamicContactCenter.Routing.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>Reads scenario YAML nodes (reflection-free, for AOT) and records diagnostics naming the file, the scenario, the key and the line.</summary>
internal sealed class ScenarioYamlReader(string file)
{
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>The scenario being read, for locations: <c>scenario 'Spanish open'</c>, or <c>scenarios[2]</c> before its name is known.</summary>
    public string Scope { get; set; } = "file";

    public bool HasErrors => Diagnostics.Count > 0;

    public void Error(string code, string key, YamlNode? node, string format, params object?[] args) =>
        Diagnostics.Add(new Diagnostic(code, Severity.Error, file, $"{Scope}, key {key}", Format(format, args))
        {
            Line = node?.Start.Line,
        });

    public static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsNull(value) ? value : null;

    /// <summary>Reports every key of <paramref name="map"/> not in <paramref name="known"/>: a misspelt expectation must not pass silently.</summary>
    public void OnlyKnownKeys(YamlMappingNode map, string where, params string[] known)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = key is YamlScalarNode s ? s.Value ?? "" : Text(key);
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                Error(ScenarioMessages.UnknownKey.Code, where.Length == 0 ? name : $"{where}.{name}", key, ScenarioMessages.UnknownKey.Format, name,
                    where.Length == 0 ? "a scenario" : where, string.Join(", ", known));
            }
        }
    }

    public string? Scalar(YamlNode? node, string key, string expected)
    {
        if (node is null) return null;
        if (node is YamlScalarNode scalar) return scalar.Value ?? "";
        Error(ScenarioMessages.InvalidValue.Code, key, node, ScenarioMessages.InvalidValue.Format, Text(node), key, expected);
        return null;
    }

    public string? Scalar(YamlMappingNode map, string name, string key, string expected) => Scalar(Get(map, name), key, expected);

    public YamlMappingNode? Mapping(YamlNode? node, string key, string expected)
    {
        if (node is null) return null;
        if (node is YamlMappingNode map) return map;
        Error(ScenarioMessages.InvalidValue.Code, key, node, ScenarioMessages.InvalidValue.Format, Text(node), key, expected);
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode? node, string key, string expected)
    {
        if (node is null) return null;
        if (node is YamlSequenceNode list) return list;
        Error(ScenarioMessages.InvalidValue.Code, key, node, ScenarioMessages.InvalidValue.Format, Text(node), key, expected);
        return null;
    }

    /// <summary>A mapping of text keys to text values, e.g. <c>agents: {English: Offline}</c>.</summary>
    public List<(string Key, string Value, YamlNode Node)> Pairs(YamlNode? node, string key, string expected)
    {
        var pairs = new List<(string, string, YamlNode)>();
        if (Mapping(node, key, expected) is not { } map) return pairs;
        foreach (var (k, v) in map.Children)
        {
            var name = k is YamlScalarNode ks ? ks.Value ?? "" : Text(k);
            if (v is YamlScalarNode vs) pairs.Add((name, vs.Value ?? "", v));
            else Error(ScenarioMessages.InvalidValue.Code, $"{key}.{name}", v, ScenarioMessages.InvalidValue.Format, Text(v), $"{key}.{name}", expected);
        }

        return pairs;
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
