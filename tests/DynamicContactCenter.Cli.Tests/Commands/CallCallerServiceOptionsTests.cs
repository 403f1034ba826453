using System.Text.Json;

namespace DynamicContactCenter.Cli.Tests.Commands;

/// <summary><c>dcc call --voice-id / --voice-id-fraud-risk / --outbound-status</c>: what services say about the caller (issue #12 item 3).</summary>
[Trait("Issue", "12")]
public sealed class CallCallerServiceOptionsTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"voice-id-{Guid.NewGuid():N}.json");

    public CallCallerServiceOptionsTests() => File.WriteAllText(_path, """
        { "Version": "2019-10-30", "StartAction": "Start",
          "Actions": [
            { "Identifier": "Start", "Type": "StartVoiceIdStream", "Parameters": {}, "Transitions": { "NextAction": "Check", "Errors": [{ "ErrorType": "NoMatchingError", "NextAction": "Bye" }] } },
            { "Identifier": "Check", "Type": "CheckVoiceId", "Parameters": { "CheckVoiceIdOption": "voiceAuthentication" },
              "Transitions": { "NextAction": "Bye", "Conditions": [{ "NextAction": "Welcome", "Condition": { "Operator": "Equals", "Operands": ["Authenticated"] } }],
                               "Errors": [{ "ErrorType": "NoMatchingCondition", "NextAction": "Bye" }, { "ErrorType": "NoMatchingError", "NextAction": "Bye" }] } },
            { "Identifier": "Welcome", "Type": "MessageParticipant", "Parameters": { "Text": "Welcome back" }, "Transitions": { "NextAction": "Bye" } },
            { "Identifier": "Bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {} }
          ] }
        """);

    [Fact]
    public async Task Call_VoiceIdAuthenticated_CallerHearsTheVerifiedBranch()
    {
        // Act
        var run = await DccRun.RunAsync("call", "+14443330000", "--flow", _path, "--voice-id", "Authenticated", "--json");

        // Assert
        run.ExitCode.ShouldBe(0);
        using var document = JsonDocument.Parse(run.Output);
        var prompts = document.RootElement.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "prompt");
        prompts.ShouldHaveSingleItem().GetProperty("text").GetString().ShouldBe("Welcome back");
    }

    [Fact]
    public async Task Call_VoiceIdNotOneVoiceIdAnswers_ExitsTwoNamingTheChoices()
    {
        // Act
        var run = await DccRun.RunAsync("call", "+14443330000", "--flow", _path, "--voice-id", "Verified");

        // Assert
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("Verified");
        run.Error.ShouldContain("NotEnrolled");
    }

    public void Dispose() => File.Delete(_path);
}
