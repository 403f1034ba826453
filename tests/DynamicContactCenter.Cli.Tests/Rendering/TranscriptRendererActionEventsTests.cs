using System.Collections.Immutable;
using DynamicContactCenter.Cli.Rendering;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Transcript;
using Spectre.Console.Testing;

namespace DynamicContactCenter.Cli.Tests.Rendering;

/// <summary>The side effects of the action types of issue #12 item 3 read as what happened, and a transfer to an agent says so.</summary>
[Trait("Issue", "12")]
public sealed class TranscriptRendererActionEventsTests
{
    [Fact]
    public void Render_SideEffects_ReadAsWhatHappened()
    {
        // Arrange
        var task = new CreatedTask("Call back +15555550100", "Tasks", null)
        {
            Description = "Asked for billing",
            Attributes = ImmutableDictionary<string, string>.Empty.Add("Topic", "billing"),
            DelaySeconds = 3600,
        };
        var result = Result(CallOutcome.Transferred,
            new MediaStreamingEvent("Main", "Stream", true, "Customer: From, To"),
            new OutboundDialEvent("Main", "Dial", "+15555550100", "+14445556666"),
            new TaskCreatedEvent("Main", "Task", task),
            new TagRemovedEvent("Main", "Untag", "Department", true),
            new ParticipantStateEvent("Main", "Hold", "AgentOnHold"),
            new VoiceIdStartedEvent("Main", "Voice"),
            new TransferEvent("Main", "To agent", "agent", "agent alice", null));

        // Act
        var output = Render(result);

        // Assert
        output.ShouldContain("media streaming started (Customer: From, To)");
        output.ShouldContain("dials the customer +15555550100 from +14445556666");
        output.ShouldContain("task created: \"Call back +15555550100\" in flow Tasks, \"Asked for billing\", attributes Topic=billing, in 3600 s");
        output.ShouldContain("Tags.Department removed");
        output.ShouldContain("previous contact: AgentOnHold");
        output.ShouldContain("voice ID started");
        output.ShouldContain("Outcome: transferred to agent alice");
        output.ShouldNotContain("a flow the instance model does not have");
    }

    private static CallResult Result(CallOutcome outcome, params TranscriptEvent[] events) =>
        new(outcome, null, [new FlowStartedEvent("Main", null, null), .. events], [], ImmutableDictionary<string, string>.Empty, "Joanna", "en-US", events.Length);

    private static string Render(CallResult result)
    {
        var console = new TestConsole().Width(300);
        console.Profile.Capabilities.Ansi = false;
        TranscriptRenderer.Render(console, new CallRequest("+14443330000", "+15555550100", DateTimeOffset.UnixEpoch), result);
        return console.Output;
    }
}
