using System.Collections.Immutable;
using DynamicContactCenter.Cli.Rendering;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Transcript;
using Spectre.Console.Testing;

namespace DynamicContactCenter.Cli.Tests.Rendering;

[Trait("Issue", "10")]
public sealed class TranscriptRendererTests
{
    [Fact]
    public void Render_PromptWithControlCharacters_ShowsThemEscaped()
    {
        // Arrange: a prompt as a live table or a Lambda response can carry it.
        var console = new TestConsole().Width(200);
        console.Profile.Capabilities.Ansi = false;
        var result = new CallResult(CallOutcome.Disconnected, null,
            [new PromptSpokenEvent("InitFlow", "intro", "Hi\r\u001B[2KBye\a", "text", "Joanna", "en-US")],
            [], ImmutableDictionary<string, string>.Empty, "Joanna", "en-US", 1);

        // Act
        TranscriptRenderer.Render(console, new CallRequest("+14443330000", "+15550100", DateTimeOffset.UnixEpoch), result);

        // Assert
        console.Output.ShouldContain("\"Hi\\r\\u001B[2KBye\\u0007\"");
        console.Output.ShouldNotContain("\u001B");
    }
}
