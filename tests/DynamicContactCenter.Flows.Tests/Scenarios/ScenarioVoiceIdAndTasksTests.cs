using DynamicContactCenter.Flows.Scenarios;
using DynamicContactCenter.Flows.Tests.TestSupport;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Scenarios;

/// <summary>Scenarios choose what Voice ID and answering-machine detection say about the caller (call.voiceId, voiceIdFraudRisk,
/// outboundCallStatus) and assert the tasks a call creates (expect.tasks) (issue #12 item 3).</summary>
[Trait("Issue", "12")]
public sealed class ScenarioVoiceIdAndTasksTests
{
    private const string TasksArn = CallHarness.InstanceArn + "/contact-flow/Tasks-id";

    private static readonly string MainFlow = Flow(
        Act("Start", "StartVoiceIdStream", "{}", "Check", errors: [Err("NoMatchingError", "Hang up")]),
        Act("Check", "CheckVoiceId", """{"CheckVoiceIdOption":"voiceAuthentication"}""",
            conditions: [Cond("Equals", "Authenticated", "Task")], errors: [Err("NoMatchingCondition", "Hang up"), Err("NoMatchingError", "Hang up")]),
        Act("Task", "CreateTask", $$"""{"ContactFlowId":"{{TasksArn}}","Name":"Verified caller $.CustomerEndpoint.Address"}""", "Hang up",
            errors: [Err("NoMatchingError", "Hang up")]),
        Disconnect());

    private static async Task<(Scenario Scenario, IReadOnlyList<ExpectationFailure> Failures)> RunAsync(string yaml)
    {
        var parsed = ScenarioParser.Parse(yaml, "scenarios/voice-id.yaml");
        parsed.Diagnostics.ShouldBeEmpty();
        var scenario = parsed.Value!.Scenarios[0];
        using var harness = new CallHarness(("Main", MainFlow), ("Tasks", Flow(End())));
        var result = await harness.RunAsync(scenario.Call.ToRequest());
        return (scenario, ScenarioChecker.Check(scenario.Expect, result, null));
    }

    [Fact]
    public async Task Scenario_AuthenticatedCaller_CreatesTheExpectedTask()
    {
        // Act
        var (scenario, failures) = await RunAsync("""
            defaults: { at: 2026-03-10T10:00:00-04:00, flow: Main, voiceId: Authenticated, outboundCallStatus: VoicemailBeep }
            scenarios:
              - name: verified
                call: { number: "+14443330000", caller: "+15555550123" }
                expect:
                  outcome: disconnected
                  tasks: [{ name: Verified caller +15555550123, flow: Tasks }]
            """);

        // Assert
        failures.ShouldBeEmpty();
        var request = scenario.Call.ToRequest();
        (request.VoiceIdResult, request.OutboundCallStatus, request.VoiceIdFraudRisk).ShouldBe(("Authenticated", "VoicemailBeep", "LowRisk"));
    }

    [Fact]
    public async Task Scenario_DefaultCallerIsNotEnrolled_NoTaskSoTheExpectationFails()
    {
        // Act
        var (_, failures) = await RunAsync("""
            scenarios:
              - name: unverified
                call: { number: "+14443330000", at: 2026-03-10T10:00:00-04:00, flow: Main }
                expect: { tasks: [Verified caller +15555550100] }
            """);

        // Assert
        failures.ShouldHaveSingleItem().ToString().ShouldBe("tasks[0]: expected Verified caller +15555550100, actual (nothing)");
    }

    [Fact]
    public void Parse_VoiceIdNotOneVoiceIdAnswers_ReportsTheKeyAndTheChoices()
    {
        // Act
        var parsed = ScenarioParser.Parse("""
            scenarios:
              - name: bad
                call: { number: "+14443330000", at: 2026-03-10T10:00:00-04:00, voiceId: Verified }
                expect: { outcome: queued }
            """, "scenarios/bad.yaml");

        // Assert
        var error = parsed.Diagnostics.ShouldHaveSingleItem();
        error.Message.ShouldBe("'Verified' is not valid for call.voiceId; expected one of Authenticated, NotAuthenticated, Inconclusive, NotEnrolled, OptedOut.");
    }
}
