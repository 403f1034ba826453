using System.Text.Json;
using DynamicContactCenter.Flows.Execution.Actions;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Expressions;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5010: each action has the parameters its type requires, in the documented shape: each <see cref="ParameterSpec"/> of the
/// type's executor, then the spec's rules across parameters (one prompt source on MessageParticipant, StoreInput with InputValidation).</summary>
internal sealed class ParameterShapeRule : IFlowRule
{
    public void Check(LintedFlow flow, LintFindings findings)
    {
        foreach (var action in flow.Model!.Actions)
        {
            foreach (var (field, expected) in Problems(action))
            {
                findings.Flow(LintRules.ParameterShape, flow, action.Identifier, field, LintMessages.ParameterShape, field, action.Type, expected);
            }
        }
    }

    private static IEnumerable<(string Field, string Expected)> Problems(FlowAction action)
    {
        if (ActionExecutors.SpecFor(action.Type) is not { } spec) return [];
        var fromParameters = spec.Parameters.Where(p => !Fits(action.Parameters, p)).Select(p => (p.Field, p.Expected));
        return fromParameters.Concat(spec.CrossParameterProblems(action.Parameters));
    }

    /// <summary>True when the value (or its absence) has the shape <paramref name="parameter"/> documents. Ranges are DCC5011's.</summary>
    private static bool Fits(JsonElement parameters, ParameterSpec parameter)
    {
        var present = ParameterStrings.TryGet(parameters, parameter.Name, out var value);
        switch (parameter.Shape)
        {
            case ParameterShape.JsonPath:
                return AttributePath.ParseWhole(ParameterStrings.Scalar(parameters, parameter.Name)) is not null || (!parameter.Required && !present);
            case ParameterShape.StringMap:
                return present ? value.ValueKind == JsonValueKind.Object && value.EnumerateObject().All(a => a.Value.ValueKind == JsonValueKind.String) : !parameter.Required;
            case ParameterShape.NonEmptyObject:
                return present ? value.ValueKind == JsonValueKind.Object && value.EnumerateObject().Any() : !parameter.Required;
            default:
                var text = ParameterStrings.Scalar(parameters, parameter.Name);
                if (parameter.Required && string.IsNullOrWhiteSpace(text)) return false;
                return parameter.AllowedValues.IsEmpty || text is null || parameter.AllowedValues.Contains(text);
        }
    }
}
