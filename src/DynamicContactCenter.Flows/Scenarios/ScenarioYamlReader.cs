using DynamicContactCenter.Routing.Yaml;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>Reads scenario files on the one <see cref="YamlReader"/>, naming locations by scenario and key:
/// <c>scenario 'Spanish open', key expect.outcome</c>.</summary>
internal sealed class ScenarioYamlReader(string file) : YamlReader(file)
{
    /// <summary>The scenario being read, for locations: <c>scenario 'Spanish open'</c>, or <c>scenarios[2]</c> before its name is known.</summary>
    public string Scope { get; set; } = "file";

    /// <summary>Records an error at <paramref name="key"/> of the scenario being read.</summary>
    public void Report(Routing.Diagnostics.DiagnosticDescriptor descriptor, string key, YamlNode? node, params object?[] args) =>
        Error(descriptor, $"{Scope}, key {key}", node, args);

    /// <inheritdoc />
    protected override void WrongShape(string path, YamlNode node, string expected) =>
        Report(ScenarioMessages.InvalidValue, path, node, Text(node), path, expected);

    /// <summary>Reports every key of <paramref name="map"/> not in <paramref name="known"/>: a misspelt expectation must not pass silently.</summary>
    public void OnlyKnownKeys(YamlMappingNode map, string where, params string[] known)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = key is YamlScalarNode s ? s.Value ?? "" : Text(key);
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                Report(ScenarioMessages.UnknownKey, where.Length == 0 ? name : $"{where}.{name}", key, name,
                    where.Length == 0 ? "a scenario" : where, string.Join(", ", known));
            }
        }
    }

    /// <summary>The text under <paramref name="name"/> of <paramref name="map"/>, reported at <paramref name="key"/> when it is not text.</summary>
    public string? Scalar(YamlMappingNode map, string name, string key, string expected) => Scalar(Value(map, name), key, expected);

    /// <summary>A mapping of text keys to text values, e.g. <c>agents: {English: Offline}</c>.</summary>
    public List<(string Key, string Value, YamlNode Node)> Pairs(YamlNode? node, string key, string expected)
    {
        var pairs = new List<(string, string, YamlNode)>();
        if (Mapping(node, key, expected) is not { } map) return pairs;
        foreach (var (k, v) in map.Children)
        {
            var name = k is YamlScalarNode ks ? ks.Value ?? "" : Text(k);
            if (v is YamlScalarNode vs) pairs.Add((name, vs.Value ?? "", v));
            else Report(ScenarioMessages.InvalidValue, $"{key}.{name}", v, Text(v), $"{key}.{name}", expected);
        }

        return pairs;
    }
}
