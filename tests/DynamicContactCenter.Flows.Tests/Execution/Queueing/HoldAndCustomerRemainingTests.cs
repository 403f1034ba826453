using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Queueing;

/// <summary>Issue #12 item 4, hold flows: after an agent answers, <c>--hold</c> puts the caller on hold while the CustomerHold and
/// AgentHold flows set by UpdateContactEventHooks play on the virtual clock; then the agent leaves and the CustomerRemaining flow runs.</summary>
[Trait("Issue", "12")]
public sealed class HoldAndCustomerRemainingTests
{
    /// <summary>Sets the hold and disconnect hooks (only those named), then queues in English, whose agent answers after 10 s.</summary>
    private static string Inbound(params string[] hooks) => Flow(
        Act("Hooks", "UpdateContactEventHooks",
            "{\"EventHooks\":{" + string.Join(",", hooks.Select(h => $"\"{h}\":\"{QueueWaitHarness.FlowArn(h + "Flow")}\"")) + "}}",
            "Queue", errors: [Err("NoMatchingError", "Hang up")]),
        Act("Queue", "UpdateContactTargetQueue", "{\"QueueId\":\"" + QueueWaitHarness.EnglishArn + "\"}", "Transfer", errors: [Err("NoMatchingError", "Hang up")]),
        Act("Transfer", "TransferContactToQueue", "{}", null, errors: [Err("QueueAtCapacity", "Hang up"), Err("NoMatchingError", "Hang up")]),
        Disconnect());

    /// <summary>A hold flow as the console's default hold flows are: Loop prompts until the agent resumes.</summary>
    private static string HoldFlow(string text) => Flow(
        Act("Loop", "MessageParticipantIteratively", "{\"Messages\":[{\"Text\":\"" + text + "\"},{\"SSML\":\"<speak><break time='10s'/></speak>\"}]}", null,
            errors: [Err("NoMatchingError", "End")]),
        End());

    private static QueueWaitHarness Harness(params string[] hooks) => new("", "    answerAfter: 10s", "Offline",
        ("Main", "CONTACT_FLOW", Inbound(hooks)),
        ("CustomerHoldFlow", "CUSTOMER_HOLD", HoldFlow("You are on hold.")),
        ("AgentHoldFlow", "AGENT_HOLD", HoldFlow("The caller is on hold.")),
        ("CustomerRemainingFlow", "CONTACT_FLOW", Flow(Say("Survey", "Please rate your call.", "Hang up"), Disconnect())));

    [Fact]
    public async Task Hold_CustomerAndAgentHoldFlows_PlayForTheHoldOnTheVirtualClock()
    {
        // Arrange
        using var harness = Harness("CustomerHold", "AgentHold");

        // Act
        var result = await harness.RunAsync(TimeSpan.FromMinutes(2), hold: TimeSpan.FromSeconds(30));

        // Assert: "You are on hold." (2 s) and a 10 s silence alternate: rounds start at 0, 12 and 24 s of the 30 s hold.
        result.Outcome.ShouldBe(CallOutcome.Queued);
        result.AnsweredAfter.ShouldBe(TimeSpan.FromSeconds(10));
        var caller = result.Prompts.Where(p => p.Flow == "CustomerHoldFlow").ToList();
        caller.Where(p => p.Format == "text").Select(p => p.Waited).ShouldBe([TimeSpan.Zero, TimeSpan.FromSeconds(12), TimeSpan.FromSeconds(24)]);
        caller.ShouldAllBe(p => p.Text == "You are on hold." || SsmlSpeech.IsOnlySilence(p.Text));
        var agent = result.Events.OfType<PromptSpokenEvent>().Where(p => p.Flow == "AgentHoldFlow").ToList();
        agent.ShouldNotBeEmpty();
        agent.ShouldAllBe(p => p.ToAgent);
        result.Prompts.ShouldNotContain(p => p.Flow == "AgentHoldFlow");
        result.Events.OfType<QueueWaitEvent>().Select(e => e.Kind).ShouldBe(
            [QueueWaitEvent.Waiting, QueueWaitEvent.Silence, QueueWaitEvent.Answered, QueueWaitEvent.OnHold, QueueWaitEvent.OffHold]);
    }

    [Fact]
    public async Task Hold_NoHoldHook_SaysTheDefaultHoldAudioIsNotModelled()
    {
        // Arrange
        using var harness = Harness();

        // Act
        var result = await harness.RunAsync(TimeSpan.FromMinutes(2), hold: TimeSpan.FromSeconds(30));

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Queued);
        result.Events.OfType<QueueWaitEvent>().Where(e => e.Kind == QueueWaitEvent.Silence && e.Detail.Contains("hold audio", StringComparison.Ordinal)).Select(e => e.Detail).ShouldBe([
            "no CustomerHold flow is set (UpdateContactEventHooks): the caller hears the instance's default hold audio, which the model has no flow for",
            "no AgentHold flow is set (UpdateContactEventHooks): the agent hears the instance's default hold audio, which the model has no flow for",
        ]);
    }

    [Fact]
    public async Task AgentLeaves_CustomerRemainingHook_RunsForTheCallerAfterTheHold()
    {
        // Arrange
        using var harness = Harness("CustomerHold", "CustomerRemaining");

        // Act
        var result = await harness.RunAsync(TimeSpan.FromMinutes(2), hold: TimeSpan.FromSeconds(30));

        // Assert: the survey is the last thing the caller hears, after the hold; the answered call stays queued.
        result.Outcome.ShouldBe(CallOutcome.Queued);
        var last = result.Prompts.Last();
        (last.Text, last.Flow).ShouldBe(("Please rate your call.", "CustomerRemainingFlow"));
        result.Events.OfType<QueueWaitEvent>().Select(e => e.Kind).ShouldBe(
            [QueueWaitEvent.Waiting, QueueWaitEvent.Silence, QueueWaitEvent.Answered, QueueWaitEvent.OnHold, QueueWaitEvent.Silence, QueueWaitEvent.OffHold,
                QueueWaitEvent.AgentLeft]);
    }

    [Fact]
    public async Task NoHold_CustomerRemainingHook_RunsWhenTheAgentLeavesAfterTheWhispers()
    {
        // Arrange
        using var harness = Harness("CustomerRemaining");

        // Act
        var result = await harness.RunAsync(TimeSpan.FromMinutes(2));

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Please rate your call.");
        result.Events.OfType<QueueWaitEvent>().Last().Kind.ShouldBe(QueueWaitEvent.AgentLeft);
    }
}
