using System.Collections.Immutable;
using DynamicContactCenter.Cli.Rendering;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Transcript;
using Spectre.Console.Testing;

namespace DynamicContactCenter.Cli.Tests.Rendering;

/// <summary>An SSML prompt reads as what the caller hears: the shipped queue flow's silence is "(silence 20 s)", not its markup; and the
/// side effects of the actions added for issue #12 item 3 read as what happened.</summary>
[Trait("Issue", "12")]
public sealed class TranscriptRendererSilenceTests
{
    [Fact]
    public void Render_SsmlSilenceAndWords_ReadAsHeard()
    {
        // Arrange: the silence flows/CustomerQueueFlow.json plays between hold prompts, and a prompt with words around a break.
        var result = Result(
            new PromptSpokenEvent("Queue", "Silence", """<speak><break time="10s"/><break time="10s"/></speak>""", "ssml", "Lupe", "es-US"),
            new PromptSpokenEvent("Main", "Say", """<speak>Your number is <say-as interpret-as="digits">42</say-as>.<break time="500ms"/>Thanks &amp; bye</speak>""",
                "ssml", "Joanna", "en-US"));

        // Act
        var output = Render(result);

        // Assert
        output.ShouldContain("[Lupe, es-US] (silence 20 s)");
        output.ShouldContain("[Joanna, en-US] \"Your number is 42. (silence 0.5 s) Thanks & bye\"");
        output.ShouldNotContain("<break");
    }

    [Fact]
    public void Render_OutboundChat_ReadsAsTheSmsSent()
    {
        // Arrange
        var result = Result(new OutboundChatStartedEvent("Main", "Sms", "+15555550100", "arn:aws:connect:us-east-1:123456789012:instance/i/phone-number/pn-1",
            "SmsFlow", "Reply here"));

        // Act
        var output = Render(result);

        // Assert
        output.ShouldContain("outbound SMS chat to +15555550100 from arn:aws:connect:us-east-1:123456789012:instance/i/phone-number/pn-1, flow SmsFlow: \"Reply here\"");
    }

    private static CallResult Result(params TranscriptEvent[] events) =>
        new(CallOutcome.Disconnected, null, [new FlowStartedEvent("Main", null, null), .. events], [], ImmutableDictionary<string, string>.Empty, "Joanna", "en-US", events.Length);

    private static string Render(CallResult result)
    {
        var console = new TestConsole().Width(300);
        console.Profile.Capabilities.Ansi = false;
        TranscriptRenderer.Render(console, new CallRequest("+14443330000", "+15555550100", DateTimeOffset.UnixEpoch), result);
        return console.Output;
    }
}
