using DynamicContactCenter.Flows.Graph;
using DynamicContactCenter.Flows.Model;
using static DynamicContactCenter.Flows.Model.FlowTypes;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"End flow / Resume": ends the flow without a disconnect (before queueing, Connect then ends the contact).</summary>
internal sealed class EndFlowExecutionExecutor : SyncExecutor
{
    public static EndFlowExecutionExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.NeverFails(ActionTypes.EndFlowExecution) with
    {
        AllowedIn = Of(Whisper, Queue),
        NodeKind = GraphNodeKind.Terminal,
    };

    protected override ActionOutcome Execute(CallContext c) => new ActionOutcome.EndOutcome("end flow");
}
