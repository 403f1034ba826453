namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>InvokeFlowModule: runs the module (with its own External, stored input and metrics; contact attributes shared), then the
/// caller continues at NextAction when the module ends with EndFlowModuleExecution.</summary>
internal sealed class InvokeFlowModuleExecutor : SyncExecutor
{
    public static InvokeFlowModuleExecutor Instance { get; } = new();

    protected override ActionOutcome Execute(CallContext c) => TransferToFlowExecutor.Resolve(c, "FlowModuleId", out var failure) is { } module
        ? new ActionOutcome.EnterModuleOutcome(module)
        : failure!;
}
