using DynamicContactCenter.Flows.Graph;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Disconnect / hang up".</summary>
internal sealed class DisconnectParticipantExecutor : SyncExecutor
{
    public static DisconnectParticipantExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.NeverFails(ActionTypes.DisconnectParticipant) with { NodeKind = GraphNodeKind.Terminal };

    protected override ActionOutcome Execute(CallContext c) => new ActionOutcome.DisconnectOutcome("disconnect");
}
