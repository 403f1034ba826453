using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

/// <summary>"Start / Stop media streaming", with the parameter shape of API:contact-actions-updatecontactmediastreamingbehavior.</summary>
[Trait("Issue", "12")]
public sealed class UpdateContactMediaStreamingBehaviorExecutorTests
{
    private const string Start =
        """{"MediaStreamingState":"Enabled","MediaStreamType":"Audio","Participants":[{"ParticipantType":"Customer","MediaDirections":["From","To"]}]}""";

    private const string Stop =
        """{"MediaStreamingState":"Disabled","MediaStreamType":"Audio","Participants":[{"ParticipantType":"Customer","MediaDirections":["From","To"]}]}""";

    [Fact]
    public async Task Execute_StartThenStop_TranscriptSaysStartedAndStopped()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null,
            Act("Start", "UpdateContactMediaStreamingBehavior", Start, "Stop", errors: [Err("NoMatchingError", "Failed")]),
            Act("Stop", "UpdateContactMediaStreamingBehavior", Stop, "Next", errors: [Err("NoMatchingError", "Failed")]), Mark("Next"), Mark("Failed"), Disconnect());

        // Assert
        result.Events.OfType<MediaStreamingEvent>().Select(e => (e.Started, e.Participants)).ShouldBe([(true, "Customer: From, To"), (false, "Customer: From, To")]);
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Next");
    }

    [Fact]
    public async Task Execute_ChatContact_TakesErrorBranch()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Channel = "CHAT" },
            Act("Start", "UpdateContactMediaStreamingBehavior", Start, "Next", errors: [Err("NoMatchingError", "Failed")]), Mark("Next"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Events.OfType<ErrorBranchEvent>().ShouldHaveSingleItem().Reason.ShouldBe("UpdateContactMediaStreamingBehavior runs on voice contacts only; this contact's channel is CHAT");
        result.Events.OfType<MediaStreamingEvent>().ShouldBeEmpty();
    }

    [Fact]
    public async Task Execute_AgentParticipant_StopsNamingTheField()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Start", "UpdateContactMediaStreamingBehavior",
            """{"MediaStreamingState":"Enabled","Participants":[{"ParticipantType":"Agent","MediaDirections":["From"]}]}""", "Next",
            errors: [Err("NoMatchingError", "Failed")]), Mark("Next"), Mark("Failed"), Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        result.Diagnostics.ShouldHaveSingleItem().Location.Field.ShouldBe("Parameters.Participants");
    }

    [Fact]
    public async Task Lint_EnabledWithoutParticipantsInAHoldFlow_ReportsShapeAndFlowType()
    {
        // Arrange
        var flow = LintedFlow.FromText(Flow(Act("Start", "UpdateContactMediaStreamingBehavior", """{"MediaStreamingState":"Enabled"}""", "End",
            errors: [Err("NoMatchingError", "End")]), Disconnect("End")), "F", "CUSTOMER_HOLD", "f.json");

        // Act
        var report = await FlowLinter.LintAsync(new LintRequest([flow], InstanceModel.Empty), CancellationToken.None);

        // Assert
        report.Findings.Select(f => $"{f.Rule.Id} {f.Location.Field}").ShouldBe(["DCC5010 Parameters.Participants", "DCC5014 Type"], ignoreOrder: true);
    }
}
