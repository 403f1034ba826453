using System.Collections.Immutable;
using DynamicContactCenter.Flows.Coverage;
using DynamicContactCenter.Routing.Yaml;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>Reads a scenario file's <c>unreachable:</c> list, which <c>dcc explore</c> writes: <c>{flow, action, branch, reason}</c> per
/// action or branch no call can reach for a reason in the flow, left out of <c>dcc test --coverage</c>'s figures.</summary>
internal static class UnreachableReader
{
    private const string Key = "unreachable";

    public static ImmutableArray<CoverageExclusion> Read(ScenarioYamlReader reader, YamlMappingNode root)
    {
        var exclusions = ImmutableArray.CreateBuilder<CoverageExclusion>();
        if (YamlReader.Value(root, Key) is not { } node) return exclusions.ToImmutable();
        if (reader.Sequence(node, Key, "a list of {flow, action, branch, reason}") is not { } list) return exclusions.ToImmutable();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var at = $"{Key}[{i}]";
            if (reader.Mapping(list.Children[i], at, "a mapping {flow, action, branch, reason}") is not { } map) continue;
            reader.OnlyKnownKeys(map, at, "flow", "action", "branch", "reason");
            var flow = reader.Scalar(map, "flow", at + ".flow", "a flow's name");
            var action = reader.Scalar(map, "action", at + ".action", "an action's Identifier");
            var reason = reader.Scalar(map, "reason", at + ".reason", "why no call can reach it");
            if (flow is null || action is null || reason is null)
            {
                reader.Report(ScenarioMessages.MissingKey, at, map, at + ".flow, .action and .reason", "the flow, the action's Identifier and the reason");
                continue;
            }

            exclusions.Add(new CoverageExclusion(flow, action, reader.Scalar(map, "branch", at + ".branch", "a branch label such as NextAction"), reason));
        }

        return exclusions.ToImmutable();
    }
}
