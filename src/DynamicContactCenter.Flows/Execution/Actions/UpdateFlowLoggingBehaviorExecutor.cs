using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Set logging behavior": Enabled or Disabled; no errors.</summary>
internal sealed class UpdateFlowLoggingBehaviorExecutor : SyncExecutor
{
    public static UpdateFlowLoggingBehaviorExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.NeverFails(ActionTypes.UpdateFlowLoggingBehavior) with
    {
        Parameters = [ParameterSpec.OneOf("FlowLoggingBehavior", required: true, "Enabled", "Disabled")],
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        var value = c.Action.Parameters.Text("FlowLoggingBehavior");
        if (value is not ("Enabled" or "Disabled"))
        {
            return ExecutorSupport.Stop(c, FlowMessages.InvalidParameter.Code, "Parameters.FlowLoggingBehavior", FlowMessages.InvalidParameter.Format, value ?? "(missing)", "Enabled or Disabled");
        }

        ExecutorSupport.Setting(c, "FlowLogging", value);
        return ActionOutcome.Next;
    }
}
