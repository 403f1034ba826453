using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Scenarios;

namespace DynamicContactCenter.Local.Explore;

/// <summary>Any action's error branch: a scenario fault that makes the action fail with that error (<c>faults: [{ fail: ACTION,
/// error: ERROR, flow: FLOW }]</c>, the one fault grammar of scenarios, <see cref="Flows.Execution.ActionFault"/>). It is the last
/// chooser, so an input that reaches the branch the way a caller or the data would (a key, a time, a full queue, a throwing function)
/// is tried first and the fault is only a fallback for failures nothing in a call decides: a prompt that cannot play, an attribute
/// write that fails, a queue that cannot be set.</summary>
/// <remarks>NoMatchingCondition is not a failure but a result no condition takes; the other choosers reach it with inputs, or it is
/// listed as not reached, rather than forced here.</remarks>
internal sealed class ActionFaultChooser : IInputChooser
{
    public bool Decides(string actionType) => true;

    public IEnumerable<ExploreCandidate> Candidates(ChoicePoint point, string branch)
    {
        if (branch == ErrorTypes.NoMatchingCondition || point.Action.Transitions.FindError(branch) is null) yield break;
        var flow = point.Visit.Flow.Name;
        // One fault per action: a call that already fails this action with another error replaces it.
        var others = point.Faults.Where(f => !(f.IsActionFault && f.Target == point.Visit.ActionId && f.Flow == flow));
        var fault = new ScenarioFault(ScenarioFaultKind.ActionFails, point.Visit.ActionId) { ErrorType = branch, Flow = flow };
        yield return new ExploreCandidate(point.Call, $"'{point.Visit.ActionId}' fails with {branch}") { Faults = [.. others, fault] };
    }
}
