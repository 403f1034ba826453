using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>What a non-strict call runs in place of a queue, hours or prompt the instance model does not know (issue #12 item 1).</summary>
/// <remarks>Decision: a stub queue is always open and has one available agent. The flow's author wired the queue because callers reach
/// someone there; "closed" or "unstaffed" stubs would walk every unknown queue's fallback path and tell the user nothing about the
/// flow's main path. <c>dcc explore</c> still walks the closed and unstaffed branches by choosing instance states, and a user who
/// wants real hours or agents models the queue.</remarks>
internal static class ReferenceStubs
{
    /// <summary>The name the transcript shows for stub hours.</summary>
    public const string StubHoursName = "stub hours (always open)";

    /// <summary>A stub queue for <paramref name="reference"/> (an ARN, id, name or unresolved placeholder), with its DCC3376 warning.</summary>
    public static QueueDefinition Queue(CallContext c, string reference, string field)
    {
        c.Report(c.Diagnostic(StubMessages.QueueStub.Code, Severity.Warning, field, StubMessages.QueueStub.Format, reference));
        return new QueueDefinition(reference, reference, null, null, 0, 0) { IsStub = true };
    }

    /// <summary>The agents of a stub queue: the call's override for it, else one agent in the call's stub state (<c>stubs:</c>), else
    /// available.</summary>
    public static IReadOnlyList<AgentDefinition> Agents(CallContext c, QueueDefinition queue, IReadOnlyList<AgentDefinition> modelled) =>
        modelled.Count > 0 ? modelled
            : [new AgentDefinition($"{queue.Name}-stub-agent", [queue.Name], StubStates.AgentState(c.Request, queue.Name) ?? AgentStatus.Available)];

    /// <summary>Reports the DCC3378 warning for hours the model does not know; stub hours are open unless the call closes them
    /// (<c>stubs: { REF: closed }</c>).</summary>
    public static ActionOutcome.ResultOutcome OpenHours(CallContext c, string reference)
    {
        c.Report(c.Diagnostic(StubMessages.HoursStub.Code, Severity.Warning, "Parameters.HoursOfOperationId", StubMessages.HoursStub.Format, reference));
        return StubHours(c, reference, $"for {reference}");
    }

    /// <summary>The check of stub hours (named <paramref name="reference"/>, or a stub queue's): open, or closed by the call's <c>stubs:</c>.</summary>
    public static ActionOutcome.ResultOutcome StubHours(CallContext c, string reference, string what) =>
        StubStates.IsClosed(c.Request, reference)
            ? new ActionOutcome.ResultOutcome("False", $"{ClosedStubHoursName} {what}")
            : new ActionOutcome.ResultOutcome("True", $"{StubHoursName} {what}");

    /// <summary>The name the transcript shows for stub hours a call closed.</summary>
    public const string ClosedStubHoursName = "stub hours (closed by stubs:)";

    /// <summary>Reports the DCC3377 note for a played prompt once per action, so a queue flow that loops on hold music warns once.</summary>
    public static void PlayedPrompt(CallContext c, string reference, string field)
    {
        var diagnostic = c.Diagnostic(StubMessages.PromptStub.Code, Severity.Warning, field, StubMessages.PromptStub.Format, reference);
        if (!c.Diagnostics.Any(d => d.Code == diagnostic.Code && d.Location == diagnostic.Location && d.Message == diagnostic.Message)) c.Report(diagnostic);
    }
}
