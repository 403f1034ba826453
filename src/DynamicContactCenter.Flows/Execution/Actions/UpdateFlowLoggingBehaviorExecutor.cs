using DynamicContactCenter.Flows.Diagnostics;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Set logging behavior": Enabled or Disabled; no errors.</summary>
internal sealed class UpdateFlowLoggingBehaviorExecutor : SyncExecutor
{
    public static UpdateFlowLoggingBehaviorExecutor Instance { get; } = new();

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
