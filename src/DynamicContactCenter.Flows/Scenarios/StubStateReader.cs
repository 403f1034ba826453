using System.Collections.Immutable;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Routing.Yaml;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>The <c>call:</c> key <c>stubs: { REF: STATE }</c> (also under <c>defaults:</c>): the state of a queue or hours the instance
/// model does not have, by the reference the flow names it by (<see cref="StubStates"/>).</summary>
internal static class StubStateReader
{
    /// <summary><paramref name="call"/> with the stub states <paramref name="merged"/> gives; a state that is none is reported.</summary>
    public static ScenarioCall Apply(ScenarioYamlReader reader, YamlMappingNode merged, ScenarioCall call)
    {
        var states = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (reference, state, node) in reader.Pairs(YamlReader.Value(merged, "stubs"), "call.stubs", "REF: STATE pairs"))
        {
            if (StubStates.IsValid(state)) states[reference] = state;
            else reader.Report(ScenarioMessages.InvalidValue, $"call.stubs.{reference}", node, state, $"call.stubs.{reference}", StubStates.Expected);
        }

        return states.Count == 0 ? call : call with { Stubs = states.ToImmutable() };
    }
}
