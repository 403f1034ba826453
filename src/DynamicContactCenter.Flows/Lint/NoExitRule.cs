using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5018: from every action reachable from StartAction, some path reaches an end, i.e. an action without transitions
/// (disconnect, transfer, end of flow). A loop without a way out makes every call that enters it fail at the step limit.</summary>
/// <remarks>Any transition counts as a way out (condition and error branches too): lint cannot know which branch a call takes,
/// so only a loop with no branch out at all is certain to trap every call.</remarks>
internal sealed class NoExitRule : IFlowRule
{
    private const int NamedInMessage = 5;

    public void Check(LintedFlow flow, LintFindings findings)
    {
        var model = flow.Model!;
        var reached = UnreachableActionRule.Reachable(model);
        var ending = CanReachAnEnd(model);
        var trapped = model.Actions.Where(a => reached.Contains(a.Identifier) && !ending.Contains(a.Identifier)).Select(a => a.Identifier).ToList();
        if (trapped.Count == 0) return;

        // One finding per flow, at the first trapped action: the loop is one defect, not one per action.
        var names = string.Join(", ", trapped.Take(NamedInMessage).Select(id => $"'{id}'")) + (trapped.Count > NamedInMessage ? ", ..." : "");
        findings.Flow(LintRules.NoExit, flow, trapped[0], "Transitions", LintMessages.NoExit, trapped[0], names);
    }

    /// <summary>The actions from which an action without targets (an end) is reachable, found backwards from the ends.</summary>
    private static HashSet<string> CanReachAnEnd(FlowModel model)
    {
        var sources = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var ending = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in model.Actions)
        {
            var targets = TransitionChoice.Targets(action.Transitions).ToList();
            if (targets.Count == 0 || targets.Exists(t => model.FindAction(t) is null)) ending.Add(action.Identifier);
            foreach (var target in targets)
            {
                if (!sources.TryGetValue(target, out var list)) sources[target] = list = [];
                list.Add(action.Identifier);
            }
        }

        var pending = new Stack<string>(ending);
        while (pending.TryPop(out var id))
        {
            foreach (var source in sources.GetValueOrDefault(id) ?? [])
            {
                if (ending.Add(source)) pending.Push(source);
            }
        }

        return ending;
    }
}
