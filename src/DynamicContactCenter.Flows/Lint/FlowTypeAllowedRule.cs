using DynamicContactCenter.Flows.Execution.Actions;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5014: each action is allowed in the flow's type (reference §7 "Where", held as <see cref="ActionSpec.AllowedIn"/>), e.g.
/// TransferContactToQueue only in inbound and transfer flows, EndFlowExecution only in whisper and customer-queue flows.</summary>
internal sealed class FlowTypeAllowedRule : IFlowRule
{
    public void Check(LintedFlow flow, LintFindings findings)
    {
        if (!FlowTypes.Known.Contains(flow.FlowType)) return;
        foreach (var action in flow.Model!.Actions)
        {
            if (ActionExecutors.SpecFor(action.Type)?.AllowedIn is { } allowed && !allowed.Contains(flow.FlowType))
            {
                findings.Flow(LintRules.FlowTypeAllowed, flow, action.Identifier, "Type", LintMessages.NotAllowedInFlowType, action.Type, flow.FlowType,
                    string.Join(", ", allowed));
            }
        }
    }
}
