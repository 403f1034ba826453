using System.Collections.Immutable;
using DynamicContactCenter.Cli.Rendering;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Transcript;
using Spectre.Console.Testing;

namespace DynamicContactCenter.Cli.Tests.Rendering;

/// <summary>What <c>dcc call</c> prints and writes for the profile and case events of issue #12 item 3.</summary>
[Trait("Issue", "12")]
public sealed class ProfileAndCaseRenderingTests
{
    private static readonly CallResult Result = new(CallOutcome.Disconnected, null,
        [
            new CustomerRecordEvent("Main", "Get profile", CustomerRecordEvent.Profile, "read", "p-ana", Fields("FirstName", "Ana")),
            new CustomerRecordEvent("Main", "Open case", CustomerRecordEvent.Case, "created", "dcc-case-1", Fields("title", "Callback")),
        ],
        [], ImmutableDictionary<string, string>.Empty, "Joanna", "en-US", 2);

    private static ImmutableSortedDictionary<string, string> Fields(string key, string value) =>
        ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal).Add(key, value);

    [Fact]
    public void Render_ProfileAndCaseEvents_ShowWhatWasReadAndWritten()
    {
        // Arrange
        var console = new TestConsole().Width(200);
        console.Profile.Capabilities.Ansi = false;

        // Act
        TranscriptRenderer.Render(console, new CallRequest("+14443330000", "+15555550100", DateTimeOffset.UnixEpoch), Result);

        // Assert
        console.Output.ShouldMatch(@"profile\s+read p-ana: FirstName=""Ana""");
        console.Output.ShouldMatch(@"case\s+created dcc-case-1: title=""Callback""");
    }

    [Fact]
    public void Json_ProfileAndCaseEvents_CarryOperationIdAndFields()
    {
        // Act
        var json = CallResultJsonWriter.ToJson(Result, indented: false);

        // Assert
        json.ShouldContain("""{"type":"profile","flow":"Main","action":"Get profile","operation":"read","profileId":"p-ana","fields":{"FirstName":"Ana"}}""");
        json.ShouldContain("""{"type":"case","flow":"Main","action":"Open case","operation":"created","caseId":"dcc-case-1","fields":{"title":"Callback"}}""");
    }
}
