using System.Globalization;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5011: static numeric parameters within their documented ranges (reference §7, §8). Dynamic values (references,
/// placeholders) are not checked: their value is known only at run time.</summary>
internal sealed class ParameterRangeRule : IFlowRule
{
    private static readonly (string Type, string Parameter, decimal Min, decimal Max)[] Ranges =
    [
        (ActionTypes.InvokeLambdaFunction, "InvocationTimeLimitSeconds", 1, 8),
        (ActionTypes.Loop, "LoopCount", 0, 100),
        (ActionTypes.Wait, "TimeLimitSeconds", 1, 604_800),
        (ActionTypes.Wait, "TimeoutSeconds", 1, 604_800),
        (ActionTypes.GetParticipantInput, "InputTimeLimitSeconds", 1, 180),
        (ActionTypes.TransferParticipantToThirdParty, "ThirdPartyConnectionTimeLimitSeconds", 0, 600),
        (ActionTypes.UpdateContactRoutingBehavior, "QueuePriority", 1, 9_223_372_036_854_775_807m),
        (ActionTypes.CreateCallbackContact, "MaximumConnectionAttempts", 1, 10),
    ];

    public void Check(LintedFlow flow, LintFindings findings)
    {
        foreach (var action in flow.Model!.Actions)
        {
            foreach (var (_, parameter, min, max) in Ranges.Where(r => r.Type == action.Type))
            {
                if (ParameterStrings.Scalar(action.Parameters, parameter) is not { } text || ParameterStrings.IsDynamic(text)) continue;
                if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < min || value > max || decimal.Truncate(value) != value)
                {
                    findings.Flow(LintRules.ParameterRange, flow, action.Identifier, "Parameters." + parameter, LintMessages.OutOfRange, text, parameter,
                        max > 1_000_000_000 ? $"a whole number of at least {min}" : $"a whole number from {min} to {max}");
                }
            }
        }
    }
}
