using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Validation;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5016: static prompt text (Text or SSML of any prompt-playing action) over 6,000 characters fails the block in Connect
/// (error); over 3,000 it is billed and close to the limit (warning). Text read from data is checked by the routing rules.</summary>
internal sealed class PromptLengthRule : IFlowRule
{
    // One owner of Connect's TTS limits: the routing rules, which check the prompts read from data against the same numbers.
    internal const int HardLimit = RoutingRules.MaxPromptTotalCharacters;
    internal const int BilledLimit = RoutingRules.MaxPromptCharacters;

    public void Check(LintedFlow flow, LintFindings findings)
    {
        foreach (var action in flow.Model!.Actions)
        {
            foreach (var (field, value) in ParameterStrings.Enumerate(action.Parameters))
            {
                if (!(field.EndsWith(".Text", StringComparison.Ordinal) || field.EndsWith(".SSML", StringComparison.Ordinal))) continue;
                if (value.Length > HardLimit)
                {
                    findings.Flow(LintRules.PromptLength, flow, action.Identifier, field, LintMessages.PromptTooLong, value.Length, HardLimit);
                }
                else if (value.Length > BilledLimit)
                {
                    findings.Flow(LintRules.PromptLength, Severity.Warning, flow, action.Identifier, field, LintMessages.PromptNearLimit, value.Length, BilledLimit);
                }
            }
        }
    }
}
