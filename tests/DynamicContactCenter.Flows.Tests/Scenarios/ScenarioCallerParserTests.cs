using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Scenarios;

namespace DynamicContactCenter.Flows.Tests.Scenarios;

/// <summary>The caller model's keys of a scenario's call (issue #12 item 2): say, patience, channel.</summary>
public sealed class ScenarioCallerParserTests
{
    private const string File = """
        defaults:
          at: 2026-11-24T10:00:00-05:00
          number: "+14443331111"
          say: ["billing"]
          patience: 5
          channel: chat
        scenarios:
          - name: from defaults
            expect: { outcome: queued }
          - name: own
            call: { say: ["pay my bill", "yes"], patience: 0, channel: TASK }
            expect: { outcome: abandoned }
          - name: one utterance
            call: { say: billing please }
            expect: { outcome: queued }
        """;

    [Fact]
    public void Parse_CallerKeys_FromDefaultsOrTheScenarioIntoTheRequest()
    {
        // Act
        var sut = ScenarioParser.Parse(File, "x.yaml");

        // Assert
        sut.Diagnostics.ShouldBeEmpty();
        var requests = sut.Value!.Scenarios.Select(s => s.Call.ToRequest()).ToList();
        requests.Select(r => (string.Join("|", r.Utterances), r.Patience, r.Channel)).ShouldBe(
        [
            ("billing", 5, "CHAT"),
            ("pay my bill|yes", 0, "TASK"),
            ("billing please", 5, "CHAT"),
        ]);
    }

    [Fact]
    public void Parse_NoCallerKeys_VoiceWithDefaultPatienceAndNothingToSay()
    {
        // Act
        var sut = ScenarioParser.Parse("""
            scenarios:
              - name: a
                call: { number: "+14443331111", at: 2026-11-24T10:00:00Z }
                expect: { outcome: queued }
            """, "x.yaml");

        // Assert
        var request = sut.Value!.Scenarios.ShouldHaveSingleItem().Call.ToRequest();
        (request.Utterances.Length, request.Patience, request.Channel).ShouldBe((0, CallRequest.DefaultPatience, "VOICE"));
    }

    [Theory]
    [InlineData("channel: FAX", "call.channel", "'FAX' is not valid for call.channel; expected VOICE, CHAT or TASK.")]
    [InlineData("patience: -1", "call.patience", "'-1' is not valid for call.patience; expected a whole number of unanswered prompts (0 = never hangs up).")]
    [InlineData("patience: lots", "call.patience", "'lots' is not valid for call.patience; expected a whole number of unanswered prompts (0 = never hangs up).")]
    [InlineData("say: { a: b }", "call.say", "expected an utterance or a list of utterances")]
    public void Parse_BadCallerKey_ErrorNamingScenarioKeyAndExpected(string key, string field, string message)
    {
        // Act
        var sut = ScenarioParser.Parse($$"""
            scenarios:
              - name: a
                call: { number: "+14443331111", at: 2026-11-24T10:00:00Z, {{key}} }
                expect: { outcome: queued }
            """, "scenarios/bad.yaml");

        // Assert
        sut.Succeeded.ShouldBeFalse();
        var error = sut.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(ScenarioMessages.InvalidValue.Code);
        error.Location.Field.ShouldBe($"scenario 'a', key {field}");
        error.Message.ShouldContain(message);
        error.Line.ShouldBe(3);
    }
}
