using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Graph;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Routing.Diagnostics;
using static DynamicContactCenter.Flows.Model.FlowTypes;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Transfer to flow": ContactFlowId (name, ARN or id; static or a single reference). Success leaves this flow. A flow the
/// instance model does not know is a stub: the call ends <see cref="CallOutcome.Transferred"/> naming it (DCC3371 warning); with
/// <see cref="CallRequest.Strict"/>, or a modelled flow that does not load, it takes NoMatchingError with a DCC3304 diagnostic (the
/// run stops if no error branch is wired).</summary>
internal sealed class TransferToFlowExecutor : SyncExecutor
{
    public static TransferToFlowExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(ActionTypes.TransferToFlow) with
    {
        AllowedIn = Of(Inbound, Transfer),
        Parameters = [ParameterSpec.FlowReference("ContactFlowId", "the target flow's ARN, id or a ${Name} placeholder")],
        NodeKind = GraphNodeKind.Transfer,
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        if (Resolve(c, "ContactFlowId", out var failure, out var reference) is { } target) return new ActionOutcome.TransferOutcome(target);
        return c.Request.Strict || reference.Length == 0 || failure is not ActionOutcome.ErrorOutcome { Diagnostic: { } unknown } || !IsUnknownFlow(unknown)
            ? failure!
            : LeaveForStub(c, unknown, reference);
    }

    // Only a flow the instance model does not have becomes a stub; a modelled flow whose file does not load stays an error (the user
    // has a model and it is broken), and so does a transfer with no target at all.
    internal static bool IsUnknownFlow(Diagnostic diagnostic) =>
        diagnostic.Code == FlowMessages.UnknownFlow.Code && !diagnostic.Message.Contains(" It does not load: ", StringComparison.Ordinal);

    /// <summary>A transfer to a flow we do not model: in Connect the contact leaves for it, so the simulation ends there, normally.</summary>
    private static ActionOutcome.TransferredOutOutcome LeaveForStub(CallContext c, Diagnostic unknown, string target)
    {
        c.Report(unknown with { Code = StubMessages.FlowStub.Code, Message = StubMessages.FlowStub.Message(target) });
        return new ActionOutcome.TransferredOutOutcome(target);
    }

    /// <summary>Resolves a flow parameter through the catalog; <paramref name="failure"/> explains why not.</summary>
    public static Catalog.FlowResolution? Resolve(CallContext c, string name, out ActionOutcome? failure) => Resolve(c, name, out failure, out _);

    /// <summary>As <see cref="Resolve(CallContext, string, out ActionOutcome?)"/>; <paramref name="reference"/> is the target as resolved
    /// (empty when the parameter is missing or its reference has no value).</summary>
    internal static Catalog.FlowResolution? Resolve(CallContext c, string name, out ActionOutcome? failure, out string reference)
    {
        failure = null;
        reference = "";
        var field = "Parameters." + name;
        if (c.Action.Parameters.Text(name) is not { } text)
        {
            failure = ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, field, FlowMessages.MissingParameter.Format, "a flow ARN or id");
            return null;
        }

        reference = c.ResolveValue(text, field, out _) ?? "";
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
