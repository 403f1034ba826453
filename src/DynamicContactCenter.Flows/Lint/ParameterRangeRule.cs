using System.Globalization;
using DynamicContactCenter.Flows.Execution.Actions;
using DynamicContactCenter.Flows.Execution;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5011: static numeric parameters within their documented ranges (<see cref="ParameterSpec.Range"/>, reference §7, §8).
/// Dynamic values (references, placeholders) are not checked: their value is known only at run time.</summary>
internal sealed class ParameterRangeRule : IFlowRule
{
    public void Check(LintedFlow flow, LintFindings findings)
    {
        foreach (var action in flow.Model!.Actions)
        {
            foreach (var parameter in ActionExecutors.SpecFor(action.Type)?.Parameters ?? [])
            {
                if (parameter.Range is not var (min, max)) continue;
                if (ParameterStrings.Scalar(action.Parameters, parameter.Name) is not { } text || ParameterStrings.IsDynamic(text)) continue;
                if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < min || value > max || decimal.Truncate(value) != value)
                {
                    findings.Flow(LintRules.ParameterRange, flow, action.Identifier, parameter.Field, LintMessages.OutOfRange, text, parameter.Name,
                        max > 1_000_000_000 ? $"a whole number of at least {min}" : $"a whole number from {min} to {max}");
                }
            }
        }
    }
}
