using DynamicContactCenter.Flows.Graph;
using DynamicContactCenter.Flows.Model;
using static DynamicContactCenter.Flows.Model.FlowTypes;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>Customer-queue flows: moves the waiting contact to QueueId/AgentId (capacity as for TransferContactToQueue).</summary>
internal sealed class DequeueContactAndTransferToQueueExecutor : SyncExecutor
{
    public static DequeueContactAndTransferToQueueExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(ActionTypes.DequeueContactAndTransferToQueue) with
    {
        OptionalErrors = [ErrorTypes.QueueAtCapacity],
        AllowedIn = Of(Queue),
        CrossParameterProblems = ParameterSpec.QueueOrAgentProblems,
        NodeKind = GraphNodeKind.Transfer,
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        var queue = ExecutorSupport.ResolveQueue(c, out var failure, fallBackToTarget: false);
        if (queue is null) return failure!;
        c.TargetQueue = queue;
        return TransferContactToQueueExecutor.Enqueue(queue);
    }
}
