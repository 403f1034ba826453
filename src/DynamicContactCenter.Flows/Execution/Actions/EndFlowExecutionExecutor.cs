namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"End flow / Resume": ends the flow without a disconnect (before queueing, Connect then ends the contact).</summary>
internal sealed class EndFlowExecutionExecutor : SyncExecutor
{
    public static EndFlowExecutionExecutor Instance { get; } = new();

    protected override ActionOutcome Execute(CallContext c) => new ActionOutcome.EndOutcome("end flow");
}
