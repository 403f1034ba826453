using System.Text.Json;

namespace DynamicContactCenter.Cli.Tests.Options;

/// <summary>The caller model's options of <c>dcc call</c> (issue #12 item 2): --say, --patience, --channel.</summary>
public sealed class CallerOptionsTests : IDisposable
{
    /// <summary>A Lex menu on a bot the shipped instance model does not have (so a stub bot: the words are the intent), a
    /// channel check, and a menu that re-prompts on every timeout.</summary>
    private const string Flow = """
        { "Version": "2019-10-30", "StartAction": "Channel",
          "Actions": [
            { "Identifier": "Channel", "Type": "Compare", "Parameters": { "ComparisonValue": "$.Channel" },
              "Transitions": { "NextAction": "Lex", "Conditions": [ { "NextAction": "Chat", "Condition": { "Operator": "Equals", "Operands": [ "CHAT" ] } } ],
                "Errors": [ { "NextAction": "Lex", "ErrorType": "NoMatchingCondition" } ] } },
            { "Identifier": "Chat", "Type": "MessageParticipant", "Parameters": { "Text": "Hi from chat" }, "Transitions": { "NextAction": "Lex" } },
            { "Identifier": "Lex", "Type": "ConnectParticipantWithLexBot",
              "Parameters": { "Text": "How can I help?", "LexV2Bot": { "AliasArn": "arn:aws:lex:us-east-1:123456789012:bot-alias/HELPBOT/LIVE" } },
              "Transitions": { "NextAction": "Lex",
                "Conditions": [ { "NextAction": "Billing", "Condition": { "Operator": "Equals", "Operands": [ "billing" ] } } ],
                "Errors": [ { "NextAction": "Lex", "ErrorType": "NoMatchingCondition" }, { "NextAction": "Lex", "ErrorType": "InputTimeLimitExceeded" },
                            { "NextAction": "Bye", "ErrorType": "NoMatchingError" } ] } },
            { "Identifier": "Billing", "Type": "ConnectParticipantWithLexBot",
              "Parameters": { "Text": "Pay now?", "LexV2Bot": { "AliasArn": "arn:aws:lex:us-east-1:123456789012:bot-alias/HELPBOT/LIVE" } },
              "Transitions": { "NextAction": "Bye",
                "Conditions": [ { "NextAction": "Paying", "Condition": { "Operator": "Equals", "Operands": [ "yes" ] } } ],
                "Errors": [ { "NextAction": "Bye", "ErrorType": "NoMatchingCondition" }, { "NextAction": "Bye", "ErrorType": "NoMatchingError" } ] } },
            { "Identifier": "Paying", "Type": "MessageParticipant", "Parameters": { "Text": "Paying your bill" }, "Transitions": { "NextAction": "Bye" } },
            { "Identifier": "Bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {} }
          ] }
        """;

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"lex-menu-{Guid.NewGuid():N}.json");

    public CallerOptionsTests() => File.WriteAllText(_path, Flow);

    public void Dispose() => File.Delete(_path);

    [Fact]
    public async Task Call_SayTwice_EachUtteranceAnswersOneLexTurnInOrder()
    {
        // Act
        var run = await DccRun.RunAsync("call", "+14443330000", "--flow", _path, "--say", "billing", "--say", "yes", "--json");

        // Assert
        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error + run.Output);
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("outcome").GetString().ShouldBe("disconnected");
        var events = document.RootElement.GetProperty("events").EnumerateArray().ToList();
        events.Where(e => e.GetProperty("type").GetString() == "lex").Select(e => e.GetProperty("intent").GetString()).ShouldBe(["billing", "yes"]);
        events.Last(e => e.GetProperty("type").GetString() == "prompt").GetProperty("text").GetString().ShouldBe("Paying your bill");
    }

    [Fact]
    public async Task Call_NothingSaid_TheCallerHangsUpAfterThreeUnansweredPromptsAndTheTranscriptSaysWhy()
    {
        // Act
        var run = await DccRun.RunAsync("call", "+14443330000", "--flow", _path);

        // Assert
        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        run.Output.ShouldContain("Outcome: abandoned");
        run.Output.ShouldContain("the caller hung up at 'Lex': 3 prompts in a row went unanswered (patience 3)");
        run.Output.ShouldContain("caller said nothing (timed out)");
    }

    [Fact]
    public async Task Call_Patience_SetsHowManyPromptsTheCallerSitsThrough()
    {
        // Act
        var run = await DccRun.RunAsync("call", "+14443330000", "--flow", _path, "--patience", "1", "--say", "weather", "--json");

        // Assert
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("outcome").GetString().ShouldBe("abandoned");
        document.RootElement.GetProperty("events").EnumerateArray().Count(e => e.GetProperty("type").GetString() == "lex").ShouldBe(1);
    }

    [Fact]
    public async Task Call_ChannelChat_IsWhatDollarChannelReads()
    {
        // Act
        var run = await DccRun.RunAsync("call", "+14443330000", "--flow", _path, "--channel", "chat", "--say", "billing", "--say", "no");

        // Assert
        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        run.Output.ShouldContain("\"Hi from chat\"");
        run.Output.ShouldContain("caller said \"billing\" → intent billing");
    }

    [Theory]
    [InlineData("--channel", "FAX", "--channel 'FAX' is not valid: expected VOICE, CHAT or TASK.")]
    [InlineData("--patience", "-1", "--patience '-1' is not valid: expected a whole number of unanswered prompts (0 = never hangs up).")]
    [InlineData("--patience", "lots", "--patience 'lots' is not valid: expected a whole number of unanswered prompts (0 = never hangs up).")]
    public async Task Call_BadCallerOption_ExitsTwoNamingOptionValueAndExpected(string option, string value, string expected)
    {
        // Act
        var run = await DccRun.RunAsync("call", "+14443330000", "--flow", _path, option, value);

        // Assert
        run.ExitCode.ShouldBe(ExitCodes.BadInput);
        run.Error.ShouldContain(expected);
        run.Output.ShouldNotContain("Outcome:");
    }
}
