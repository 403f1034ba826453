using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Graph;
using DynamicContactCenter.Flows.Model;
using static DynamicContactCenter.Flows.Model.FlowTypes;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Transfer to flow": ContactFlowId (name, ARN or id; static or a single reference). Success leaves this flow; an unknown
/// or unparseable target takes NoMatchingError with a DCC3304 diagnostic (the run stops if no error branch is wired).</summary>
internal sealed class TransferToFlowExecutor : SyncExecutor
{
    public static TransferToFlowExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(ActionTypes.TransferToFlow) with
    {
        AllowedIn = Of(Inbound, Transfer),
        Parameters = [ParameterSpec.FlowReference("ContactFlowId", "the target flow's ARN, id or a ${Name} placeholder")],
        NodeKind = GraphNodeKind.Transfer,
    };

    protected override ActionOutcome Execute(CallContext c) => Resolve(c, "ContactFlowId", out var failure) is { } target
        ? new ActionOutcome.TransferOutcome(target)
        : failure!;

    /// <summary>Resolves a flow parameter through the catalog; <paramref name="failure"/> explains why not.</summary>
    public static Catalog.FlowResolution? Resolve(CallContext c, string name, out ActionOutcome? failure)
    {
        failure = null;
        var field = "Parameters." + name;
        if (c.Action.Parameters.Text(name) is not { } text)
        {
            failure = ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, field, FlowMessages.MissingParameter.Format, "a flow ARN or id");
            return null;
        }

        var reference = c.ResolveValue(text, field, out _) ?? "";
        var resolution = reference.Length == 0 ? null : c.Catalog.Resolve(reference);
        if (resolution is { Succeeded: true }) return resolution;
        var detail = resolution?.Diagnostics.FirstOrDefault(d => d.IsError);
        var diagnostic = c.Diagnostic(FlowMessages.UnknownFlow.Code, Routing.Diagnostics.Severity.Warning, field, FlowMessages.UnknownFlow.Format,
            reference.Length == 0 ? text : reference);
        if (detail is not null && detail.Code != FlowMessages.UnknownFlow.Code)
        {
            diagnostic = diagnostic with { Message = $"{diagnostic.Message} It does not load: {detail}" };
        }

        failure = new ActionOutcome.ErrorOutcome(ErrorTypes.NoMatchingError, diagnostic.Message, diagnostic);
        return null;
    }
}
