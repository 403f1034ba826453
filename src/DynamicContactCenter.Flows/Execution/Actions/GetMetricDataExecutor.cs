using System.Globalization;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Get queue metrics": fills <c>$.Metrics.Queue.*</c> and <c>$.Metrics.Agents.*.Count</c> (agent counts absent when the
/// queue has no agents, as documented).</summary>
internal sealed class GetMetricDataExecutor : SyncExecutor
{
    public static GetMetricDataExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(ActionTypes.GetMetricData);

    protected override ActionOutcome Execute(CallContext c)
    {
        var queue = ExecutorSupport.ResolveQueue(c, out var failure);
        if (queue is null) return failure!;
        var agents = ExecutorSupport.Agents(c, queue);
        var metrics = c.Run.Metrics;
        metrics.Clear();
        metrics["Queue.Name"] = queue.Name;
        metrics["Queue.ARN"] = queue.Arn;
        metrics["Queue.Size"] = Text(queue.ContactsInQueue);
        metrics["Queue.OldestContactAge"] = Text(queue.OldestContactAgeSeconds);
        if (agents.Count > 0)
        {
            metrics["Agents.Online.Count"] = Text(agents.Count(a => a.Status != AgentStatus.Offline));
            metrics["Agents.Available.Count"] = Text(agents.Count(a => a.Status == AgentStatus.Available));
            metrics["Agents.Staffed.Count"] = Text(agents.Count(a => a.Status != AgentStatus.Offline));
            metrics["Agents.AfterContactWork.Count"] = Text(agents.Count(a => a.Status == AgentStatus.AfterContactWork));
            metrics["Agents.Busy.Count"] = Text(agents.Count(a => a.Status == AgentStatus.OnContact));
            metrics["Agents.Missed.Count"] = "0";
            metrics["Agents.NonProductive.Count"] = "0";
        }

        foreach (var (key, value) in metrics) c.Emit(new Transcript.AttributeSetEvent(c.FlowName, c.Action.Id, "Metrics", key, value));
        return ActionOutcome.Next;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
