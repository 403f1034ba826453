using DynamicContactCenter.Flows.Graph;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>EndFlowModuleExecution: returns to the invoking flow (outside a module it ends the flow).</summary>
internal sealed class EndFlowModuleExecutionExecutor : SyncExecutor
{
    public static EndFlowModuleExecutionExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.NeverFails(ActionTypes.EndFlowModuleExecution) with { NodeKind = GraphNodeKind.Terminal };

    protected override ActionOutcome Execute(CallContext c) => c.Run.Caller is null
        ? new ActionOutcome.EndOutcome("module end outside a module")
        : new ActionOutcome.ReturnOutcome();
}
