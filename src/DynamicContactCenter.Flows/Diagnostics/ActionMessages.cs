using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Diagnostics;

/// <summary>What the executors of the less common action types (issue #12 item 3) say when a simulated call cannot do what the
/// service would, and what a type the simulator does not run says when it runs as a stub. Codes DCC3330–DCC3339.</summary>
public static class ActionMessages
{
    /// <summary>A type the simulator does not run was reached without <c>--strict</c>: it ran as a stub and took the branch named.</summary>
    public static readonly DiagnosticDescriptor TypeStub = new("DCC3330",
        "action type {0} is not one the simulator runs: it ran as a stub and took {1} (--strict stops here instead).");
    /// <summary>CreateTask named a flow the instance model does not have: the task is recorded for it as named.</summary>
    public static readonly DiagnosticDescriptor TaskFlowStub = new("DCC3331",
        "'{0}' is not a flow of the instance model: the task is created for it as named, and no flow runs for it (--strict makes this an error).");
    /// <summary>CheckVoiceId ran before any StartVoiceIdStream of the contact.</summary>
    public static readonly DiagnosticDescriptor VoiceIdNotStarted = new("DCC3332",
        "Check Voice ID needs a Set Voice ID (StartVoiceIdStream) earlier in the contact; none ran, so the block takes its error branch.");
    /// <summary>ShowView has no agent workspace to show its view in.</summary>
    public static readonly DiagnosticDescriptor ViewNotAnswered = new("DCC3333",
        "view '{0}' is shown in the agent workspace, and a simulated call has no agent to answer it: the block times out ({1}).");
    /// <summary>StartOutboundChatContact named a flow the instance model does not have: the chat is recorded for it as named.</summary>
    public static readonly DiagnosticDescriptor OutboundChatFlowStub = new("DCC3334",
        "'{0}' is not a flow of the instance model: the outbound chat is started for it as named, and no flow runs for it (--strict makes this an error).");
    /// <summary>An action's required value resolved to nothing at run time (a reference with no value).</summary>
    public static readonly DiagnosticDescriptor EmptyValue = new("DCC3335",
        "{0} resolved to no value: {1}, so the block takes its error branch.");
    /// <summary>StartOutboundChatContact's destination is not a phone number an SMS can go to.</summary>
    public static readonly DiagnosticDescriptor OutboundChatDestinationInvalid = new("DCC3336",
        "'{0}' is not an E.164 phone number (+ and 8 to 15 digits): the outbound SMS chat cannot be sent, so the block takes its error branch.");
}
