using System.Collections.Immutable;
using System.Text.Json;
using DynamicContactCenter.Routing.Yaml;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>The state a flow entered mid-journey starts with: what earlier flows left behind.</summary>
/// <param name="External">The <c>$.External</c> of the first flow (an object), or null.</param>
/// <param name="Attributes">Contact attributes (<c>$.Attributes</c>).</param>
/// <param name="FlowAttributes">Flow attributes of the first flow (<c>$.FlowAttributes</c>).</param>
public sealed record StartState(JsonElement? External, ImmutableDictionary<string, string> Attributes, ImmutableDictionary<string, string> FlowAttributes);

/// <summary>Reads a scenario call's <c>start: {external, attributes, flowAttributes}</c>. <c>external</c> may nest (a Lambda result with
/// lists and objects, as a flow reads <c>$.External.a.b</c>); the attributes are flat, as Connect keeps them.</summary>
internal static class StartStateReader
{
    private static readonly string[] Keys = ["external", "attributes", "flowAttributes"];

    public static StartState? Read(ScenarioYamlReader reader, YamlNode? node, string key)
    {
        if (node is null) return null;
        if (reader.Mapping(node, key, "a mapping of " + string.Join(", ", Keys)) is not { } map) return null;
        reader.OnlyKnownKeys(map, key, Keys);
        JsonElement? external = null;
        if (YamlReader.Value(map, "external") is { } externalNode)
        {
            if (externalNode is YamlMappingNode)
            {
                using var document = JsonDocument.Parse(YamlJson.Write(externalNode));
                external = document.RootElement.Clone();
            }
            else
            {
                reader.Report(ScenarioMessages.InvalidValue, key + ".external", externalNode, YamlReader.Text(externalNode), key + ".external",
                    "a mapping: the $.External an earlier flow's Lambda call left, e.g. { queue: ..., language: Spanish }");
            }
        }

        return new StartState(external, Pairs(reader, map, "attributes", key), Pairs(reader, map, "flowAttributes", key));
    }

    private static ImmutableDictionary<string, string> Pairs(ScenarioYamlReader reader, YamlMappingNode map, string name, string key) =>
        reader.Pairs(YamlReader.Value(map, name), $"{key}.{name}", "NAME: VALUE pairs").ToImmutableDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
