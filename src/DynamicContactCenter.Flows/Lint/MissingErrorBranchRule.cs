using DynamicContactCenter.Flows.Execution.Actions;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5008: an action that can fail wires its error branch (NoMatchingError catches every error type the action does not wire
/// specifically), and an action whose result can match no condition wires NoMatchingCondition. Without the branch a call stops there.
/// What each type can fail with is its executor's <see cref="ActionSpec"/>.</summary>
internal sealed class MissingErrorBranchRule : IFlowRule
{
    public void Check(LintedFlow flow, LintFindings findings)
    {
        foreach (var action in flow.Model!.Actions)
        {
            if (ActionExecutors.SpecFor(action.Type) is not { } spec || spec.CannotFail(action)) continue;
            var transitions = action.Transitions;
            foreach (var errorType in spec.RequiredErrors.Where(e => transitions.FindError(e) is null))
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
