using DynamicContactCenter.Flows.Graph;
using static DynamicContactCenter.Flows.Model.FlowTypes;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Transfer to agent" (TransferContactToAgent): no parameters, terminal, agent- and queue-transfer flows only (reference §7,
/// §3 item 7). The contact goes to the agent its target names: the agent of an agent queue set as the working queue (UpdateContactTargetQueue
/// with AgentId), else the working queue; a transfer flow started by a quick connect has its agent set by Connect, which a simulated call
/// does not model, so it is named as such. Agents are not simulated past this point: the call ends <see cref="CallOutcome.Transferred"/>
/// naming the agent (a normal end, kind <c>agent</c> in the transcript).</summary>
internal sealed class TransferContactToAgentExecutor : SyncExecutor
{
    private const string AgentQueue = "/queue/agent/";

    public static TransferContactToAgentExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.NeverFails("TransferContactToAgent") with
    {
        AllowedIn = Of(Transfer),
        NodeKind = GraphNodeKind.Transfer,
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        var target = c.TargetQueue switch
        {
            { } queue when queue.Arn.IndexOf(AgentQueue, StringComparison.Ordinal) is var at and >= 0 => "agent " + queue.Arn[(at + AgentQueue.Length)..],
            { } queue => "an agent of queue " + queue.Name,
            null => "the agent of the quick connect (not modelled)",
        };
        return new ActionOutcome.TransferredOutOutcome(target, "agent");
    }
}
