using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution;

/// <summary>The caller model's patience (issue #12 item 2): after N prompts in a row go unanswered, the caller hangs up.</summary>
public sealed class CallerPatienceTests
{
    /// <summary>The menu shape real exports have (all three errors wired): a timeout or a wrong key replays an apology and the menu,
    /// with no retry limit of its own, so with no input it re-prompts forever.</summary>
    private static readonly string[] EndlessMenu =
    [
        Act("Menu", "GetParticipantInput", """{"Text":"For sales press 1","InputTimeLimitSeconds":"5","StoreInput":"False"}""", "Sorry",
            [Cond("Equals", "1", "Sales")],
            [Err("InputTimeLimitExceeded", "Sorry"), Err("NoMatchingCondition", "Sorry"), Err("NoMatchingError", "Sorry")]),
        Say("Sorry", "Sorry, I did not get that", "Menu"),
        Mark("Sales"), Disconnect(),
    ];

    [Fact]
    public async Task RunAsync_MenuThatRepromptsForeverWithNoInput_EndsAbandonedAfterThreeUnansweredPrompts()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request(), EndlessMenu);

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Abandoned);
        result.Prompts.Count(p => p.Text == "For sales press 1").ShouldBe(3);
        var end = result.Events[^1].ShouldBeOfType<CallEndedEvent>();
        end.Reason.ShouldBe("the caller hung up at 'Menu': 3 prompts in a row went unanswered (patience 3)");
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task RunAsync_WrongKeysCountAsUnanswered()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { InputDigits = "99", Patience = 2 }, EndlessMenu);

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Abandoned);
        result.Events.OfType<InputReceivedEvent>().Select(e => e.Digits).ShouldBe(["9", "9"]);
    }

    [Fact]
    public async Task RunAsync_AnswerBeforePatienceRunsOut_ReachesTheBranch()
    {
        // Act: two timeouts (pauses), then 1.
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { InputDigits = ",,1" }, EndlessMenu);

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
        result.Prompts.Last().Text.ShouldBe("Sales");
    }

    [Fact]
    public async Task RunAsync_FlowWithItsOwnRetryLimit_EndsAsDesignedNotAbandoned()
    {
        // Arrange: the menu gives up by itself after the third timeout, which a patience of 3 lets it do.
        var menu = Act("Menu", "GetParticipantInput", """{"Text":"For sales press 1","InputTimeLimitSeconds":"5"}""", "Retry",
            [Cond("Equals", "1", "Sales")], [Err("InputTimeLimitExceeded", "Retry"), Err("NoMatchingCondition", "Retry"), Err("NoMatchingError", "Retry")]);
        var retry = Act("Retry", "Loop", """{"LoopCount":"2"}""", null, [Cond("Equals", "ContinueLooping", "Menu"), Cond("Equals", "DoneLooping", "Goodbye")]);

        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request(), menu, retry, Mark("Goodbye"), Mark("Sales"), Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
        result.Prompts.Last().Text.ShouldBe("Goodbye");
    }

    [Fact]
    public async Task RunAsync_PatienceZero_NeverHangsUpSoTheStepLimitGuards()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Patience = 0, StepLimit = 40 }, EndlessMenu);

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe(
            "the call ran 40 actions without ending; stopped at the step limit in the loop Menu → Sorry → Menu (flow Main).");
    }

    [Fact]
    public async Task RunAsync_LexMenuTheCallerNeverAnswers_EndsAbandoned()
    {
        // Arrange: a stub bot (no bots: in the model) and nothing to say.
        var lex = Act("Lex", "ConnectParticipantWithLexBot", """{"Text":"How can I help?","LexV2Bot":{"AliasArn":"arn:aws:lex:us-east-1:123456789012:bot-alias/B/A"}}""",
            "Lex", [Cond("Equals", "Sales", "Sales")], [Err("InputTimeLimitExceeded", "Lex"), Err("NoMatchingCondition", "Lex"), Err("NoMatchingError", "Lex")]);

        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Utterances = ["weather", "news"] }, lex, Mark("Sales"), Disconnect());

        // Assert: two intents with no condition, one silence, then the caller hangs up.
        result.Outcome.ShouldBe(CallOutcome.Abandoned);
        result.Events.OfType<LexTurnEvent>().Select(t => t.TimedOut).ShouldBe([false, false, true]);
    }

    [Theory]
    [InlineData("CHAT", "Chat")]
    [InlineData("VOICE", "Voice")]
    [InlineData("TASK", "Voice")]
    public async Task RunAsync_Channel_IsWhatDollarChannelReads(string channel, string branch)
    {
        // Arrange
        var check = Act("Channel", "Compare", """{"ComparisonValue":"$.Channel"}""", null, [Cond("Equals", "CHAT", "Chat")], [Err("NoMatchingCondition", "Voice")]);

        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Channel = channel }, check, Mark("Chat"), Mark("Voice"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe(branch);
    }

    [Fact]
    public async Task RunAsync_ChannelThatIsNone_StopsNamingTheAcceptedOnes()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Channel = "FAX" }, EndlessMenu);

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(CallerMessages.InvalidChannel.Code);
        error.Message.ShouldBe("channel 'FAX' is not valid; expected VOICE, CHAT or TASK.");
    }
}
