using DynamicContactCenter.Flows.Graph;
using DynamicContactCenter.Flows.Model;
using static DynamicContactCenter.Flows.Model.FlowTypes;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>InvokeFlowModule: runs the module (with its own External, stored input and metrics; contact attributes shared), then the
/// caller continues at NextAction when the module ends with EndFlowModuleExecution.</summary>
internal sealed class InvokeFlowModuleExecutor : SyncExecutor
{
    public static InvokeFlowModuleExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(ActionTypes.InvokeFlowModule) with
    {
        AllowedIn = Of(Inbound),
        Parameters = [ParameterSpec.FlowReference("FlowModuleId", "the module's ARN or id")],
        NodeKind = GraphNodeKind.Transfer,
    };

    protected override ActionOutcome Execute(CallContext c) => TransferToFlowExecutor.Resolve(c, "FlowModuleId", out var failure) is { } module
        ? new ActionOutcome.EnterModuleOutcome(module)
        : failure!;
}
