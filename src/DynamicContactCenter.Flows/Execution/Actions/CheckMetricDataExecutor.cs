using System.Globalization;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Model;

using DynamicContactCenter.Flows.Lint;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Check staffing" / "Check queue status": a number for MetricType on QueueId, AgentId or the working queue.</summary>
internal sealed class CheckMetricDataExecutor : SyncExecutor
{
    public static CheckMetricDataExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(ActionTypes.CheckMetricData) with
    {
        Result = new ResultSpec("NumberGreaterThan 0 for NumberOfAgents*; any Number* or Equals for queue metrics", AllowedCondition),
        Parameters =
        [
            ParameterSpec.OneOf("MetricType", required: true,
                "NumberOfAgentsAvailable", "NumberOfAgentsStaffed", "NumberOfAgentsOnline", "OldestContactInQueueAgeSeconds", "NumberOfContactsInQueue"),
        ],
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        var metric = c.Action.Parameters.Text("MetricType");
        var queue = ExecutorSupport.ResolveQueue(c, out var failure);
        if (queue is null) return failure!;
        var agents = ExecutorSupport.Agents(c, queue);
        long? value = metric switch
        {
            // Definitions from AG23:check-staffing: staffed = available + on contact + ACW; online = not offline.
            "NumberOfAgentsAvailable" => agents.Count(a => a.Status == AgentStatus.Available),
            "NumberOfAgentsStaffed" => agents.Count(a => a.Status != AgentStatus.Offline),
            "NumberOfAgentsOnline" => agents.Count(a => a.Status != AgentStatus.Offline),
            "NumberOfContactsInQueue" => queue.ContactsInQueue,
            // Uncertain (reference §7): AWS's sample compares this with 300000 for five minutes, so it behaves like milliseconds.
            "OldestContactInQueueAgeSeconds" => queue.OldestContactAgeSeconds * (c.Options.OldestContactAgeInMilliseconds ? 1000L : 1L),
            _ => null,
        };
        if (value is null)
        {
            return ExecutorSupport.Stop(c, FlowMessages.InvalidParameter.Code, "Parameters.MetricType", FlowMessages.InvalidParameter.Format, metric ?? "(missing)",
                "NumberOfAgentsAvailable, NumberOfAgentsStaffed, NumberOfAgentsOnline, OldestContactInQueueAgeSeconds or NumberOfContactsInQueue");
        }

        return new ActionOutcome.ResultOutcome(value.Value.ToString(CultureInfo.InvariantCulture), $"{metric} {queue.Name}");
    }

    /// <summary>Staffing metrics allow only <c>NumberGreaterThan 0</c> ("True" in the UI); queue metrics any Number* or Equals condition.</summary>
    private static string? AllowedCondition(FlowAction action, TransitionCondition condition)
    {
        var metric = ParameterStrings.TryGet(action.Parameters, "MetricType", out var m) ? m.ToString() : "";
        if (metric.StartsWith("NumberOfAgents", StringComparison.Ordinal))
        {
            return condition.Operator == ConditionOperator.NumberGreaterThan && ResultSpec.Operand(condition) == "0" ? null : $"NumberGreaterThan 0 for {metric}";
        }

        return condition.Operator is ConditionOperator.NumberGreaterThan or ConditionOperator.NumberGreaterOrEqualTo or ConditionOperator.NumberLessThan
            or ConditionOperator.NumberLessOrEqualTo or ConditionOperator.Equals ? null : "a Number* or Equals condition";
    }
}
