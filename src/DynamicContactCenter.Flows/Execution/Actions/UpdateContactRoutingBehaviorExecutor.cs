using System.Globalization;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;
using static DynamicContactCenter.Flows.Model.FlowTypes;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Change routing priority / age": QueuePriority (1 = highest) or QueueTimeAdjustmentSeconds. No errors.</summary>
internal sealed class UpdateContactRoutingBehaviorExecutor : SyncExecutor
{
    public static UpdateContactRoutingBehaviorExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.NeverFails(ActionTypes.UpdateContactRoutingBehavior) with
    {
        AllowedIn = Of(Inbound, Transfer),
        Parameters = [ParameterSpec.WholeNumber("QueuePriority", 1, long.MaxValue)],
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        var priority = ExecutorSupport.ReadInt(c, "QueuePriority", 1, int.MaxValue, out var failure);
        if (failure is not null) return failure;
        var adjustment = ExecutorSupport.ReadInt(c, "QueueTimeAdjustmentSeconds", int.MinValue, int.MaxValue, out failure);
        if (failure is not null) return failure;
        if (priority is null && adjustment is null)
        {
            return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters.QueuePriority", FlowMessages.MissingParameter.Format, "QueuePriority or QueueTimeAdjustmentSeconds");
        }

        if (priority is { } p) ExecutorSupport.Setting(c, "QueuePriority", p.ToString(CultureInfo.InvariantCulture));
        if (adjustment is { } a) ExecutorSupport.Setting(c, "QueueTimeAdjustmentSeconds", a.ToString(CultureInfo.InvariantCulture));
        return ActionOutcome.Next;
    }
}
