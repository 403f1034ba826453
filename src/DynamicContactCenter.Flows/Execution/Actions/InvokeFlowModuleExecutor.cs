using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Graph;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Routing.Diagnostics;
using static DynamicContactCenter.Flows.Model.FlowTypes;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>InvokeFlowModule: runs the module (with its own External, stored input and metrics; contact attributes shared), then the
/// caller continues at NextAction when the module ends with EndFlowModuleExecution.</summary>
/// <remarks>A module the instance model does not have is a stub that ends with Success at once (DCC3379), unless
/// <see cref="CallRequest.Strict"/>. Decision: in the team's account the module exists and most of the time ends normally, so a caller
/// goes on along the main path after hearing it; taking NoMatchingError would play the flow's failure path, which a caller hears only
/// when the module breaks. The module's own prompts and outputs are unknown, so the stub plays nothing and sets none.</remarks>
internal sealed class InvokeFlowModuleExecutor : SyncExecutor
{
    public static InvokeFlowModuleExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(ActionTypes.InvokeFlowModule) with
    {
        AllowedIn = Of(Inbound),
        Parameters = [ParameterSpec.FlowReference("FlowModuleId", "the module's ARN or id")],
        NodeKind = GraphNodeKind.Transfer,
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        if (TransferToFlowExecutor.Resolve(c, "FlowModuleId", out var failure, out var reference) is { } module) return new ActionOutcome.EnterModuleOutcome(module);
        if (c.Request.Strict || reference.Length == 0 || failure is not ActionOutcome.ErrorOutcome { Diagnostic: { } unknown } || !TransferToFlowExecutor.IsUnknownFlow(unknown))
        {
            return failure!;
        }

        c.Report(unknown with { Code = StubMessages.ModuleStub.Code, Message = StubMessages.ModuleStub.Message(reference) });
        return ActionOutcome.Next;
    }
}
