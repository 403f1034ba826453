namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>Loop: the first LoopCount visits return ContinueLooping, the next DoneLooping, then the counter resets. The counter is kept
/// per contact, keyed by flow and action (Uncertain whether it survives leaving the flow: we keep it for the call, as AG23 says for
/// loop prompts).</summary>
internal sealed class LoopExecutor : SyncExecutor
{
    public static LoopExecutor Instance { get; } = new();

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
