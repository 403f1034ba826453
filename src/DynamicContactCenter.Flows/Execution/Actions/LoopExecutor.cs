using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>Loop: the first LoopCount visits return ContinueLooping, the next DoneLooping, then the counter resets. The counter is kept
/// per contact, keyed by flow and action (Uncertain whether it survives leaving the flow: we keep it for the call, as AG23 says for
/// loop prompts).</summary>
internal sealed class LoopExecutor : SyncExecutor
{
    public static LoopExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.NeverFails(ActionTypes.Loop) with
    {
        Result = ResultSpec.EqualsOneOf("ContinueLooping", "DoneLooping"),
        Parameters = [ParameterSpec.RequiredScalar("LoopCount", "a count from 0 to 100") with { Range = (0, 100) }],
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        var count = ExecutorSupport.ReadInt(c, "LoopCount", 0, 100, out var failure);
        if (failure is not null) return failure;
        var key = c.FlowName + "\n" + c.Action.Id;
        var done = c.LoopCounters.GetValueOrDefault(key);
        if (done < (count ?? 0))
        {
            c.LoopCounters[key] = done + 1;
            return new ActionOutcome.ResultOutcome("ContinueLooping", $"loop {done + 1} of {count}");
        }

        c.LoopCounters.Remove(key);
        return new ActionOutcome.ResultOutcome("DoneLooping", $"loop done after {count}");
    }
}
