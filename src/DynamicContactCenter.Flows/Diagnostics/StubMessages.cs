using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Diagnostics;

/// <summary>What a call says when it meets something the instance model does not know and runs it as a stub (issue #12 item 1), and
/// what scenario and call mocks report. Codes DCC3370–DCC3399; <c>--strict</c> turns each stub back into the DCC33xx error it replaces.</summary>
public static class StubMessages
{
    /// <summary>An unknown function ran as a stub and no mock answered it.</summary>
    public static readonly DiagnosticDescriptor FunctionStubNoMock = new("DCC3370",
        "Lambda '{0}' is not a function of the instance model: it ran as a stub and no mock answered it (add one under mocks: or pass --mock), so the block takes its error branch.");
    /// <summary>A transfer named a flow the instance model does not have: the call ends transferred.</summary>
    public static readonly DiagnosticDescriptor FlowStub = new("DCC3371",
        "'{0}' is not a flow of the instance model: the call ends transferred to it (--strict makes this an error).");
    /// <summary>A <c>${Name}</c> placeholder has no value: it stays as written and what it names runs as a stub.</summary>
    public static readonly DiagnosticDescriptor PlaceholderStub = new("DCC3372",
        "placeholder ${{{0}}} has no value: it stays as written and what it names runs as a stub (--strict makes this an error).");
    /// <summary>A mock names a function that no flow of the run calls.</summary>
    public static readonly DiagnosticDescriptor UnusedMock = new("DCC3373", "mock '{0}' answers no function that the call invoked; check its name, ARN or placeholder text.");
    /// <summary>A mock answered with its error.</summary>
    public static readonly DiagnosticDescriptor MockThrows = new("DCC3374", "mock '{0}' throws: {1}");
    /// <summary>A mock answered with a timeout.</summary>
    public static readonly DiagnosticDescriptor MockTimesOut = new("DCC3375", "mock '{0}' times out: it does not answer within the block's {1} s limit");
    /// <summary>A function's mocks all carry <c>when:</c> and none holds for what it was sent: the block takes its error branch.</summary>
    public static readonly DiagnosticDescriptor NoMockAnswerMatches = new("DCC3390",
        "no mock of '{0}' answers this invocation: the when: of each does not hold for what it was sent ({1}) and none is without when:, so the block takes its error branch.");
    /// <summary>A mock's delay is longer than the block's time limit.</summary>
    public static readonly DiagnosticDescriptor MockDelayPastLimit = new("DCC3391",
        "mock '{0}' answers after {1} s, past the block's {2} s limit (InvocationTimeLimitSeconds): it times out");
    /// <summary>A queue the instance model does not have ran as a stub queue: always open and staffed (issue #12 item 1).</summary>
    public static readonly DiagnosticDescriptor QueueStub = new("DCC3376",
        "'{0}' is not a queue of the instance model: it runs as a stub queue whose hours are always open and which has one available agent (--strict makes this an error).");
    /// <summary>A prompt (PromptId) plays by name: the instance model has no prompt library, so the transcript names it.</summary>
    public static readonly DiagnosticDescriptor PromptStub = new("DCC3377",
        "plays prompt {0} (not modelled): the instance model has no prompt audio, so the call goes on as if it played.");
    /// <summary>Hours of operation the instance model does not have ran as stub hours, always open.</summary>
    public static readonly DiagnosticDescriptor HoursStub = new("DCC3378",
        "'{0}' is not hours of operation of the instance model: it runs as stub hours that are always open, so the check is True (--strict makes this an error).");
    /// <summary>A flow module the instance model does not have ran as a stub that returns at once with Success.</summary>
    public static readonly DiagnosticDescriptor ModuleStub = new("DCC3379",
        "'{0}' is not a flow module of the instance model: it runs as a stub that plays nothing, returns no outputs and ends with Success, so the flow goes on at NextAction (--strict makes this an error).");
}
