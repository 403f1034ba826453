using System.Text.RegularExpressions;
using DynamicContactCenter.Flows.Execution;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5015: a literal ARN of an environment-specific resource (Lambda function, flow, queue, hours, prompt) in a flow's
/// parameters ties the flow to one account and environment; DESIGN.md §5 keeps them as <c>${Name}</c> placeholders.</summary>
internal sealed partial class LiteralArnRule : IFlowRule
{
    [GeneratedRegex(@"arn:aws[a-z-]*:(lambda|connect|lex):[a-z0-9-]*:\d{12}:\S+")]
    private static partial Regex Arn();

    public void Check(LintedFlow flow, LintFindings findings)
    {
        foreach (var action in flow.Model!.Actions)
        {
            foreach (var (field, value) in ParameterStrings.Enumerate(action.Parameters))
            {
                if (Arn().Match(value) is { Success: true } match)
                {
                    findings.Flow(LintRules.LiteralArn, flow, action.Identifier, field, LintMessages.LiteralArn, match.Value);
                }
            }
        }
    }
}
