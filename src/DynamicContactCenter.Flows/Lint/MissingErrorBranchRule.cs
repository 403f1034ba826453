using System.Collections.Immutable;
using DynamicContactCenter.Flows.Execution.Actions;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5008: an action that can fail wires its error branch (NoMatchingError catches every error type the action does not wire
/// specifically), and an action whose result can match no condition wires NoMatchingCondition. Without the branch a call stops there.
/// What each type can fail with is its executor's <see cref="ActionSpec"/>.</summary>
/// <remarks>A type whose missing branch is only a warning (MessageParticipant: "Errors": [] is how Connect itself exports AWS's default
/// agent whisper) is not reported in a whisper, queue or hold flow: there an unwired error ends the flow, which is the flow's normal
/// end anyway (the contact goes on to the agent or stays in queue), so nothing is lost. In an inbound or transfer flow it stays a warning.</remarks>
internal sealed class MissingErrorBranchRule : IFlowRule
{
    private static bool EndsQuietly(string flowType) =>
        FlowTypes.Whisper.Contains(flowType) || FlowTypes.Queue.Contains(flowType) || FlowTypes.Hold.Contains(flowType);

    public void Check(LintedFlow flow, LintFindings findings)
    {
        foreach (var action in flow.Model!.Actions)
        {
            if (ActionExecutors.SpecFor(action.Type) is not { } spec || spec.CannotFail(action)) continue;
            var transitions = action.Transitions;
            ImmutableArray<string> required = spec.MissingErrorSeverity == Severity.Warning && EndsQuietly(flow.FlowType) ? [] : spec.RequiredErrors;
            foreach (var errorType in required.Where(e => transitions.FindError(e) is null))
            {
                findings.Flow(LintRules.MissingErrorBranch, spec.MissingErrorSeverity, flow, action.Identifier, "Transitions.Errors",
                    LintMessages.MissingErrorBranch, action.Type, errorType);
            }

            if (spec.HasResult(action) && !transitions.Conditions.IsEmpty && transitions.FindError(ErrorTypes.NoMatchingCondition) is null
                && !spec.Result!.CoveredBy(action))
            {
                findings.Flow(LintRules.MissingErrorBranch, flow, action.Identifier, "Transitions.Errors", LintMessages.MissingNoMatchingCondition, action.Type);
            }
        }
    }
}
