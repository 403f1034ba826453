using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>The flow a contact this action starts will run (CreateTask's task, StartOutboundChatContact's chat): not run in this call,
/// only named. The one rule for it: a reference that resolves to nothing takes NoMatchingError; a flow the instance model lacks is a stub
/// named as written, with the action's warning (issue #12 item 1), and with <see cref="CallRequest.Strict"/> takes NoMatchingError.</summary>
internal static class OtherContactFlow
{
    /// <summary>The flow's name (the model's, or the reference as written for a stub) and ARN (null for a stub); null with
    /// <paramref name="failure"/> set when the action takes its error branch.</summary>
    public static (string Name, string? Arn)? Resolve(CallContext c, string text, string field, DiagnosticDescriptor stub, out ActionOutcome? failure)
    {
        failure = null;
        var reference = c.ResolveValue(text, field, out _);
        if (string.IsNullOrEmpty(reference))
        {
            failure = ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, FlowMessages.UnknownFlow.Code, field, FlowMessages.UnknownFlow.Format, text);
            return null;
        }

        var flow = c.Catalog.Resolve(reference);
        if (flow.Succeeded) return (flow.Flow!.Name, flow.Arn);
        if (c.Request.Strict)
        {
            failure = ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, FlowMessages.UnknownFlow.Code, field, FlowMessages.UnknownFlow.Format, reference);
            return null;
        }

        c.Report(c.Diagnostic(stub.Code, Severity.Warning, field, stub.Format, reference));
        return (reference, null);
    }
}
