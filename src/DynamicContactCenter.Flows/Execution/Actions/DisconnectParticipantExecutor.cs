namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Disconnect / hang up".</summary>
internal sealed class DisconnectParticipantExecutor : SyncExecutor
{
    public static DisconnectParticipantExecutor Instance { get; } = new();

    protected override ActionOutcome Execute(CallContext c) => new ActionOutcome.DisconnectOutcome("disconnect");
}
