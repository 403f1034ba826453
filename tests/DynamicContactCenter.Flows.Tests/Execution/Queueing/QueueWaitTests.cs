using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Queueing;

/// <summary>The wait in queue (issue #12 item 4, and the hold prompt of #13 item 1): the customer queue flow plays on a virtual clock
/// until an agent answers or the caller hangs up.</summary>
public sealed class QueueWaitTests
{
    private const string SpanishHold = "Gracias por esperar. Un agente le atenderá pronto."; // 50 characters: 4 s at 15 a second

    /// <summary>An inbound flow that sets the caller's voice, optionally a CustomerQueue hook, and queues in <paramref name="queueArn"/>.</summary>
    private static string Inbound(string queueArn, string? customerQueueHook = null) => Flow(
        Act("Voice", "UpdateContactTextToSpeechVoice", """{"TextToSpeechVoice":"Lupe"}""", "Hook"),
        Act("Hook", "UpdateContactEventHooks",
            customerQueueHook is null ? """{"EventHooks":{}}""" : "{\"EventHooks\":{\"CustomerQueue\":\"" + QueueWaitHarness.FlowArn(customerQueueHook) + "\"}}",
            "Queue", errors: [Err("NoMatchingError", "Hang up")]),
        Act("Queue", "UpdateContactTargetQueue", "{\"QueueId\":\"" + queueArn + "\"}", "Transfer", errors: [Err("NoMatchingError", "Hang up")]),
        Act("Transfer", "TransferContactToQueue", "{}", null, errors: [Err("QueueAtCapacity", "Hang up"), Err("NoMatchingError", "Hang up")]),
        Disconnect());

    /// <summary>The shape of the queue flow #13 asks for: fetch the caller's prompts (perpetual session attributes go in, the
    /// language's holdPrompt and voice come back in $.External), set that voice, play the hold prompt, pause 20 s, play it again.</summary>
    private static string HoldPromptQueueFlow() => Flow(
        Act("Prompts", "InvokeLambdaFunction",
            "{\"LambdaFunctionARN\":\"" + QueueWaitHarness.GetPromptsArn + "\",\"InvocationTimeLimitSeconds\":\"3\",\"ResponseValidation\":{\"ResponseType\":\"STRING_MAP\"}}",
            "Voice", errors: [Err("NoMatchingError", "Hold")]),
        Act("Voice", "UpdateContactTextToSpeechVoice", """{"TextToSpeechVoice":"$.External.voice"}""", "Hold", errors: [Err("NoMatchingError", "Hold")]),
        Say("Hold", "$.External.holdPrompt", "Pause"),
        Act("Pause", "Wait", """{"TimeLimitSeconds":"20","Events":[]}""", "Hold",
            conditions: [Cond("Equals", "WaitCompleted", "Hold")], errors: [Err("NoMatchingError", "Hold")]));

    /// <summary>AWS's default customer queue flow in shape: loop prompts with no interrupt (exports omit NextAction).</summary>
    private static string DefaultQueueFlow() =>
        """{"Version":"2019-10-30","StartAction":"Loop","Actions":[{"Identifier":"Loop","Type":"MessageParticipantIteratively","Parameters":{"Messages":[{"Text":"Thank you for calling. Your call is very important to us."},{"Text":"Please stay on the line."}]},"Transitions":{}}]}""";

    private static string Whisper(string text) => Flow(Say("Whisper", text, "End"), End());

    [Fact]
    public async Task Wait_SpanishCallerAndNoAgent_HearsTheHoldPromptInTheCallersVoiceUntilHangingUp()
    {
        // Arrange: the Spanish agent is offline, so no one answers within the 120 s wait.
        using var harness = new QueueWaitHarness("", "", "Offline",
            ("Main", "CONTACT_FLOW", Inbound(QueueWaitHarness.SpanishArn, customerQueueHook: "CustomerQueueFlow")),
            ("CustomerQueueFlow", "CUSTOMER_QUEUE", HoldPromptQueueFlow()));
        harness.Invoker.Returns("GetPrompts", "{\"holdPrompt\":\"" + SpanishHold + "\",\"voice\":\"Lupe\",\"languageCode\":\"es-US\"}");

        // Act
        var result = await harness.RunAsync(TimeSpan.FromSeconds(120));

        // Assert: 4 s of prompt + 20 s of pause a round, so the prompt starts at 0, 24, 48, 72 and 96 s; the caller hangs up at 120 s.
        result.Outcome.ShouldBe(CallOutcome.Abandoned);
        var held = result.Prompts.Where(p => p.Flow == "CustomerQueueFlow").ToList();
        held.Select(p => p.Text).ShouldAllBe(text => text == SpanishHold);
        held.Select(p => p.Voice).ShouldAllBe(voice => voice == "Lupe");
        held.Select(p => (int)p.Waited!.Value.TotalSeconds).ShouldBe([0, 24, 48, 72, 96]);
        var hungUp = result.Events.OfType<QueueWaitEvent>().Last();
        hungUp.Kind.ShouldBe(QueueWaitEvent.HungUp);
        hungUp.Waited.ShouldBe(TimeSpan.FromSeconds(120));
        result.AnsweredAfter.ShouldBeNull();
    }

    [Fact]
    public async Task Wait_AgentAnswersAfter45s_StopsTheQueueFlowAndRunsTheWhispers()
    {
        // Arrange: the instance defaults (no hook set); English has an available agent who answers 45 s after the contact is queued.
        using var harness = new QueueWaitHarness(
            "  defaultCustomerQueueFlow: DefaultQueue\n  defaultCustomerWhisperFlow: CustomerWhisper\n  defaultAgentWhisperFlow: AgentWhisper",
            "    answerAfter: 45s", "Offline",
            ("Main", "CONTACT_FLOW", Inbound(QueueWaitHarness.EnglishArn)),
            ("DefaultQueue", "CUSTOMER_QUEUE", DefaultQueueFlow()),
            ("CustomerWhisper", "CUSTOMER_WHISPER", Whisper("You are now connected to an agent.")),
            ("AgentWhisper", "AGENT_WHISPER", Whisper("Caller from the English line.")));

        // Act
        var result = await harness.RunAsync(TimeSpan.FromSeconds(90));

        // Assert: the two messages (4 s and 2 s) alternate until 45 s; nothing of the queue flow plays after the answer.
        result.Outcome.ShouldBe(CallOutcome.Queued);
        result.AnsweredAfter.ShouldBe(TimeSpan.FromSeconds(45));
        var queued = result.Prompts.Where(p => p.Flow == "DefaultQueue").ToList();
        queued.Count.ShouldBe(15); // starts at 0, 4, 6, 10, ... 42: 7 full rounds of 6 s and a first message at 42 s
        queued.ShouldAllBe(p => p.Waited < TimeSpan.FromSeconds(45));
        result.Events.OfType<QueueWaitEvent>().Select(e => e.Kind).ShouldBe([QueueWaitEvent.Waiting, QueueWaitEvent.Answered]);
        result.Prompts.Last().Text.ShouldBe("You are now connected to an agent.");
        var agentHeard = result.Events.OfType<PromptSpokenEvent>().Last();
        agentHeard.Text.ShouldBe("Caller from the English line.");
        agentHeard.ToAgent.ShouldBeTrue();
    }

    [Fact]
    public async Task Wait_HookSetByUpdateContactEventHooks_WinsOverTheInstanceDefault()
    {
        // Arrange
        using var harness = new QueueWaitHarness("  defaultCustomerQueueFlow: DefaultQueue", "", "Offline",
            ("Main", "CONTACT_FLOW", Inbound(QueueWaitHarness.SpanishArn, customerQueueHook: "CustomerQueueFlow")),
            ("DefaultQueue", "CUSTOMER_QUEUE", DefaultQueueFlow()),
            ("CustomerQueueFlow", "CUSTOMER_QUEUE", HoldPromptQueueFlow()));
        harness.Invoker.Returns("GetPrompts", "{\"holdPrompt\":\"" + SpanishHold + "\",\"voice\":\"Lupe\"}");

        // Act
        var result = await harness.RunAsync(TimeSpan.FromSeconds(30));

        // Assert
        result.Events.OfType<FlowStartedEvent>().Select(f => f.Flow).ShouldBe(["Main", "CustomerQueueFlow"]);
        result.Prompts.Select(p => p.Text).ShouldBe([SpanishHold, SpanishHold]);
    }

    [Fact]
    public async Task Wait_NoHookAndNoInstanceDefault_SaysSoAndWaitsInSilence()
    {
        // Arrange
        using var harness = new QueueWaitHarness("", "    answerAfter: 10s", "Available",
            ("Main", "CONTACT_FLOW", Inbound(QueueWaitHarness.SpanishArn)));

        // Act
        var result = await harness.RunAsync(TimeSpan.FromSeconds(60));

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Queued);
        result.AnsweredAfter.ShouldBe(TimeSpan.FromSeconds(10));
        result.Events.OfType<QueueWaitEvent>().Select(e => e.Kind).ShouldBe([QueueWaitEvent.Waiting, QueueWaitEvent.Silence, QueueWaitEvent.Answered]);
        result.Events.OfType<QueueWaitEvent>().ElementAt(1).Detail.ShouldContain("defaultCustomerQueueFlow");
    }

    [Fact]
    public async Task Wait_LoopPromptsInterruptedThenResume_WaitsOnInSilence()
    {
        // Arrange: loop prompts interrupted every 10 s, then EndFlowExecution ("resume"): the caller waits on without prompts.
        var queueFlow = Flow(
            Act("Loop", "MessageParticipantIteratively", """{"Messages":[{"Text":"Please hold."}],"InterruptFrequencySeconds":"10"}""", "Resume",
                conditions: [Cond("Equals", "MessagesInterrupted", "Resume")], errors: [Err("NoMatchingError", "Resume")]),
            End("Resume"));
        using var harness = new QueueWaitHarness("  defaultCustomerQueueFlow: Hold", "", "Offline",
            ("Main", "CONTACT_FLOW", Inbound(QueueWaitHarness.SpanishArn)),
            ("Hold", "CUSTOMER_QUEUE", queueFlow));

        // Act
        var result = await harness.RunAsync(TimeSpan.FromMinutes(1));

        // Assert: "Please hold." is 1 s, so it plays at 0..9 s; the interrupt at 10 s leaves the loop and the flow ends.
        result.Outcome.ShouldBe(CallOutcome.Abandoned);
        result.Prompts.Count().ShouldBe(10);
        result.Events.OfType<QueueWaitEvent>().Select(e => (e.Kind, e.Waited.TotalSeconds))
            .ShouldBe([(QueueWaitEvent.Waiting, 0), (QueueWaitEvent.Silence, 10), (QueueWaitEvent.HungUp, 60)]);
    }

    [Fact]
    public async Task Wait_QueueFlowThatNeverAdvancesTheClock_StopsWithAClearError()
    {
        // Arrange: a loop of attribute updates: no prompt, no Wait, so the wait could never end.
        var queueFlow = Flow(Act("Spin", "UpdateContactAttributes", """{"Attributes":{"x":"1"}}""", "Spin", errors: [Err("NoMatchingError", "Spin")]));
        using var harness = new QueueWaitHarness("  defaultCustomerQueueFlow: Spin", "", "Offline",
            ("Main", "CONTACT_FLOW", Inbound(QueueWaitHarness.SpanishArn)),
            ("Spin", "CUSTOMER_QUEUE", queueFlow));

        // Act
        var result = await harness.RunAsync(TimeSpan.FromMinutes(2));

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(QueueWaitMessages.ClockStalled.Code);
        error.Location.Flow.ShouldBe("Spin");
        error.Message.ShouldContain("without the virtual clock moving");
    }

    [Fact]
    public async Task Wait_LongWaitOfManyActions_IsBoundedByTimeNotTheStepLimitAndTheWhisperStillRuns()
    {
        // Arrange: a one-second prompt that loops to itself: 3000 actions in the 50 minutes before the agent answers, over the
        // call's step limit of 1000, which guards the inbound flows only.
        var queueFlow = Flow(Say("Hold", "Please hold.", "Hold"));
        using var harness = new QueueWaitHarness("  defaultCustomerQueueFlow: Hold\n  defaultCustomerWhisperFlow: CustomerWhisper", "    answerAfter: 50m", "Offline",
            ("Main", "CONTACT_FLOW", Inbound(QueueWaitHarness.EnglishArn)),
            ("Hold", "CUSTOMER_QUEUE", queueFlow),
            ("CustomerWhisper", "CUSTOMER_WHISPER", Whisper("You are now connected to an agent.")));

        // Act
        var result = await harness.RunAsync(TimeSpan.FromHours(1));

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Queued, string.Join("; ", result.Diagnostics));
        result.AnsweredAfter.ShouldBe(TimeSpan.FromMinutes(50));
        result.Prompts.Count(p => p.Flow == "Hold").ShouldBe(3000);
        result.Prompts.Last().Text.ShouldBe("You are now connected to an agent.");
    }

    [Fact]
    public async Task Wait_HookNamingAnUnknownFlow_WarnsAndWaitsInSilence()
    {
        // Arrange
        using var harness = new QueueWaitHarness("", "", "Offline",
            ("Main", "CONTACT_FLOW", Inbound(QueueWaitHarness.SpanishArn, customerQueueHook: "Missing")));

        // Act
        var result = await harness.RunAsync(TimeSpan.FromSeconds(30));

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Abandoned);
        var warning = result.Diagnostics.ShouldHaveSingleItem();
        warning.Code.ShouldBe(QueueWaitMessages.UnknownHookFlow.Code);
        warning.Message.ShouldContain("Missing-id");
    }

    [Fact]
    public async Task NoWait_QueuedCall_EndsQueuedWithoutRunningTheQueueFlow()
    {
        // Arrange
        using var harness = new QueueWaitHarness("  defaultCustomerQueueFlow: DefaultQueue", "", "Offline",
            ("Main", "CONTACT_FLOW", Inbound(QueueWaitHarness.SpanishArn)),
            ("DefaultQueue", "CUSTOMER_QUEUE", DefaultQueueFlow()));

        // Act
        var result = await harness.RunAsync(wait: null);

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Queued);
        result.Events[^1].ShouldBeOfType<QueuedEvent>();
        result.Prompts.ShouldBeEmpty();
    }
}
