using System.Collections.Immutable;
using System.Text.Json;
using DynamicContactCenter.Flows.Lint;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>One documented parameter of an action type (reference §7 "P"): whether it is required, its JSON shape, its allowed values
/// and its numeric range. DCC5010 checks the shape, DCC5011 the range of a static value.</summary>
/// <param name="Name">The key under Parameters.</param>
internal sealed record ParameterSpec(string Name)
{
    /// <summary>The JSON shape the value must have.</summary>
    public ParameterShape Shape { get; init; } = ParameterShape.Scalar;

    /// <summary>True when the action needs it (a blank scalar counts as missing).</summary>
    public bool Required { get; init; }

    /// <summary>The only values it may take, when they are a fixed few; empty when any value is allowed.</summary>
    public ImmutableArray<string> AllowedValues { get; init; } = [];

    /// <summary>What the shape finding says was expected.</summary>
    public string Expected { get; init; } = "";

    /// <summary>The smallest and largest whole number a static value may be; null when it is not a number.</summary>
    public (decimal Min, decimal Max)? Range { get; init; }

    /// <summary>True when its value names a flow to enter (TransferToFlow's ContactFlowId, InvokeFlowModule's FlowModuleId): DCC5017
    /// checks that a static value resolves to a flow of the instance model.</summary>
    public bool IsFlowReference { get; init; }

    /// <summary>The field name findings report.</summary>
    public string Field => "Parameters." + Name;

    /// <summary>A required scalar.</summary>
    public static ParameterSpec RequiredScalar(string name, string expected) => new(name) { Required = true, Expected = expected };

    /// <summary>A required scalar naming a flow (<see cref="IsFlowReference"/>).</summary>
    public static ParameterSpec FlowReference(string name, string expected) => RequiredScalar(name, expected) with { IsFlowReference = true };

    /// <summary>A scalar that, when present (or always, if <paramref name="required"/>), is one of <paramref name="values"/>.</summary>
    public static ParameterSpec OneOf(string name, bool required, params string[] values) => new(name)
    {
        Required = required,
        AllowedValues = [.. values],
        Expected = values.Length == 2 ? $"{values[0]} or {values[1]}" : "one of " + string.Join(", ", values),
    };

    /// <summary>A required single JSONPath (never static): Compare's ComparisonValue, the callback number.</summary>
    public static ParameterSpec JsonPath(string name, string example) =>
        new(name) { Shape = ParameterShape.JsonPath, Required = true, Expected = "a single JSONPath such as " + example };

    /// <summary>An optional whole number from <paramref name="min"/> to <paramref name="max"/> when static.</summary>
    public static ParameterSpec WholeNumber(string name, decimal min, decimal max) => new(name) { Range = (min, max) };

    /// <summary>The queue to use: QueueId (queue ARN or id) or AgentId (the agent's queue); one of them is required.</summary>
    public static IEnumerable<(string Field, string Expected)> QueueOrAgentProblems(JsonElement parameters)
    {
        if (string.IsNullOrWhiteSpace(ParameterStrings.Scalar(parameters, "QueueId")) && string.IsNullOrWhiteSpace(ParameterStrings.Scalar(parameters, "AgentId")))
        {
            yield return ("Parameters.QueueId", "QueueId (queue ARN or id) or AgentId");
        }
    }
}
