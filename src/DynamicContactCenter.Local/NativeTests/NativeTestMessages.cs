using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Local.NativeTests;

#pragma warning disable CS1591 // The entries are the catalogue: each code and format says what it reports.

/// <summary>Why a scenario cannot become an Amazon Connect native test case (DCC3640–3659, <c>dcc test --export-native</c>). The report
/// lists every skipped scenario with one of these, so nothing is left out silently.</summary>
public static class NativeTestMessages
{
    public static readonly DiagnosticDescriptor RunFailed = new("DCC3640",
        "its offline run failed ({0} expectation(s) missed): a test case exported from a failing run would pin the wrong behaviour; fix the scenario first");
    public static readonly DiagnosticDescriptor NotVoice = new("DCC3641", "channel {0}: the export writes voice test cases only");
    public static readonly DiagnosticDescriptor FaultNotInjectable = new("DCC3642",
        "fault '{0}' cannot be injected into a live instance (only a Lambda function's answer can be mocked)");
    public static readonly DiagnosticDescriptor FullQueue = new("DCC3643", "contactsInQueue: a full queue cannot be forced on a live instance");
    public static readonly DiagnosticDescriptor Environment = new("DCC3644",
        "environment '{0}': the deployed instance runs its own routing environment, not one chosen per call");
    public static readonly DiagnosticDescriptor StartFlowWithoutId = new("DCC3645",
        "the call starts at flow '{0}' and --flow-ids gives no id for it (a test case can start at a flow only by its id)");
    public static readonly DiagnosticDescriptor StartState = new("DCC3646",
        "start: the mid-journey state (external values, flow attributes) cannot be set on a live test contact");
    public static readonly DiagnosticDescriptor ScenarioMocks = new("DCC3647",
        "mocks:/stubs: answers chosen per call are not exported (only function faults become Lambda mocks)");
    public static readonly DiagnosticDescriptor NotJsonMock = new("DCC3648", "fault '{0}': a Lambda MockResponse is JSON, so a non-JSON answer cannot be mocked");
    public static readonly DiagnosticDescriptor NothingObservable = new("DCC3649",
        "the run produced nothing the native runner observes (no prompt, Lambda call, hours check or queue transfer)");
    public static readonly DiagnosticDescriptor ContentTooLarge = new("DCC3650", "the test case's Content is {0:N0} characters, over the {1:N0} the export allows");
}
