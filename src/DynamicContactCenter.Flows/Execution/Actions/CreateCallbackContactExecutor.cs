using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Transfer to callback queue": records a callback to the callback number (else the caller's number) in QueueId or the
/// working queue. It does not change the current contact.</summary>
internal sealed class CreateCallbackContactExecutor : SyncExecutor
{
    public static CreateCallbackContactExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(ActionTypes.CreateCallbackContact) with
    {
        Parameters = [ParameterSpec.WholeNumber("MaximumConnectionAttempts", 1, 10)],
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        foreach (var name in new[] { "InitialCallDelaySeconds", "MaximumConnectionAttempts", "RetryDelaySeconds" })
        {
            ExecutorSupport.ReadInt(c, name, 0, 86_400 * 7, out var invalid);
            if (invalid is not null) return invalid;
        }

        var queue = ExecutorSupport.ResolveQueue(c, out var failure);
        if (queue is null) return failure!;
        var number = c.CallbackNumber ?? c.Request.CallerNumber;
        c.Emit(new TransferEvent(c.FlowName, c.Action.Id, "callback", number, queue.Arn));
        return ActionOutcome.Next;
    }
}
