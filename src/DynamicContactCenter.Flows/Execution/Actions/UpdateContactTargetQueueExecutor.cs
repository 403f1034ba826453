using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Model.FlowTypes;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Set working queue": QueueId (ARN or id; static values may also name the queue) or AgentId.</summary>
internal sealed class UpdateContactTargetQueueExecutor : SyncExecutor
{
    public static UpdateContactTargetQueueExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(ActionTypes.UpdateContactTargetQueue) with
    {
        AllowedIn = Of(Inbound, Transfer),
        CrossParameterProblems = ParameterSpec.QueueOrAgentProblems,
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        if (c.Action.Parameters.Text("QueueId") is null && c.Action.Parameters.Text("AgentId") is null)
        {
            return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters.QueueId", FlowMessages.MissingParameter.Format, "QueueId (a queue ARN) or AgentId");
        }

        var queue = ExecutorSupport.ResolveQueue(c, out var failure, fallBackToTarget: false);
        if (queue is null) return failure!;
        c.TargetQueue = queue;
        c.Emit(new QueueSetEvent(c.FlowName, c.Action.Id, queue.Name, queue.Arn));
        return ActionOutcome.Next;
    }
}
