using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5007: every action is reachable from StartAction through any transition (success, condition or error).</summary>
internal sealed class UnreachableActionRule : IFlowRule
{
    public void Check(LintedFlow flow, LintFindings findings)
    {
        var model = flow.Model!;
        var reached = Reachable(model);
        foreach (var action in model.Actions.Where(a => !reached.Contains(a.Identifier)))
        {
            findings.Flow(LintRules.UnreachableAction, flow, action.Identifier, null, LintMessages.Unreachable, action.Identifier, model.StartAction);
        }
    }

    internal static HashSet<string> Reachable(FlowModel model)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { model.StartAction };
        var pending = new Stack<string>([model.StartAction]);
        while (pending.TryPop(out var id))
        {
            if (model.FindAction(id) is not { } action) continue;
            foreach (var target in TransitionChoice.Targets(action.Transitions))
            {
                if (reached.Add(target)) pending.Push(target);
            }
        }

        return reached;
    }
}
