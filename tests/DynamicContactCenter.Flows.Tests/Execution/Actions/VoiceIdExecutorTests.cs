using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

/// <summary>"Set Voice ID" then "Check Voice ID" (API:flow-control-actions-startvoiceidstream, -checkvoiceid): the result comes from
/// the call's model (CallRequest.VoiceIdResult / VoiceIdFraudRisk).</summary>
[Trait("Issue", "12")]
public sealed class VoiceIdExecutorTests
{
    private static readonly string[] Branches =
        [Cond("Equals", "Authenticated", "Welcome back"), Cond("Equals", "NotEnrolled", "Enrol"), Cond("Equals", "Enrolled", "Enrolled"),
         Cond("Equals", "HighRisk", "Fraud"), Cond("Equals", "LowRisk", "Safe")];

    private static Task<CallResult> RunAsync(CallRequest request, string option) => CallHarness.RunFlowAsync(request,
        Act("Start", "StartVoiceIdStream", "{}", "Check", errors: [Err("NoMatchingError", "Failed")]),
        Act("Check", "CheckVoiceId", $$"""{"CheckVoiceIdOption":"{{option}}"}""", conditions: Branches,
            errors: [Err("NoMatchingCondition", "Other"), Err("NoMatchingError", "Failed")]),
        Mark("Welcome back"), Mark("Enrol"), Mark("Enrolled"), Mark("Fraud"), Mark("Safe"), Mark("Other"), Mark("Failed"), Disconnect());

    [Fact]
    public async Task Check_DefaultCaller_IsNotEnrolled()
    {
        // Act
        var result = await RunAsync(CallHarness.Request(), "voiceAuthentication");

        // Assert
        result.Events.OfType<VoiceIdStartedEvent>().ShouldHaveSingleItem().Action.ShouldBe("Start");
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Enrol");
    }

    [Theory]
    [InlineData("Authenticated", "voiceAuthentication", "Welcome back")]
    [InlineData("Authenticated", "enrollmentStatus", "Enrolled")]
    [InlineData("NotEnrolled", "enrollmentStatus", "Enrol")]
    [InlineData("Inconclusive", "voiceAuthentication", "Other")]
    public async Task Check_CallersVoiceIdResult_ChoosesTheBranch(string voiceId, string option, string heard)
    {
        // Act
        var result = await RunAsync(CallHarness.Request() with { VoiceIdResult = voiceId }, option);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe(heard);
    }

    [Fact]
    public async Task Check_FraudDetection_ReadsTheFraudRisk()
    {
        // Act
        var safe = await RunAsync(CallHarness.Request(), "fraudDetection");
        var fraud = await RunAsync(CallHarness.Request() with { VoiceIdFraudRisk = "HighRisk" }, "fraudDetection");

        // Assert
        safe.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Safe");
        fraud.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Fraud");
    }

    [Fact]
    public async Task Check_WithoutSetVoiceId_TakesErrorNamingTheMissingBlock()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Check", "CheckVoiceId", """{"CheckVoiceIdOption":"voiceAuthentication"}""", conditions: Branches,
            errors: [Err("NoMatchingError", "Failed")]), Mark("Welcome back"), Mark("Enrol"), Mark("Enrolled"), Mark("Fraud"), Mark("Safe"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(ActionMessages.VoiceIdNotStarted.Code);
    }

    [Fact]
    public async Task Start_ChatContact_TakesErrorBranch()
    {
        // Act
        var result = await RunAsync(CallHarness.Request() with { Channel = "CHAT" }, "voiceAuthentication");

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Events.OfType<VoiceIdStartedEvent>().ShouldBeEmpty();
    }
}
