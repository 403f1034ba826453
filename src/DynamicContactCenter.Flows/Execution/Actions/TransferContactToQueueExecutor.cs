using DynamicContactCenter.Flows.Graph;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Model;
using static DynamicContactCenter.Flows.Model.FlowTypes;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Transfer to queue": queues the contact in the working queue. Success leaves the flow (reference §3.6); a full queue
/// takes QueueAtCapacity; no working queue takes NoMatchingError.</summary>
internal sealed class TransferContactToQueueExecutor : SyncExecutor
{
    public static TransferContactToQueueExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(ActionTypes.TransferContactToQueue) with
    {
        OptionalErrors = [ErrorTypes.QueueAtCapacity],
        AllowedIn = Of(Inbound, Transfer),
        NodeKind = GraphNodeKind.Transfer,
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        if (c.TargetQueue is not { } queue)
        {
            return ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, Diagnostics.FlowMessages.NoTargetQueue.Code, "Parameters", Diagnostics.FlowMessages.NoTargetQueue.Format);
        }

        return Enqueue(queue);
    }

    public static ActionOutcome Enqueue(QueueDefinition queue) =>
        queue.MaxContacts is { } max && queue.ContactsInQueue >= max
            ? new ActionOutcome.ErrorOutcome(ErrorTypes.QueueAtCapacity, $"queue {queue.Name} holds {queue.ContactsInQueue} of at most {max} contacts")
            : new ActionOutcome.QueuedOutcome(queue);
}
