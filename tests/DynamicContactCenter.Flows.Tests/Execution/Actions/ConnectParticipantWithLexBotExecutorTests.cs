using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class ConnectParticipantWithLexBotExecutorTests
{
    private const string AliasArn = "arn:aws:lex:us-east-1:123456789012:bot-alias/BILLBOT01/TSTALIASID";

    /// <summary>A local model of the bot behind <see cref="AliasArn"/>: intents with sample utterances and slots.</summary>
    private const string Bots = $$"""
        bots:
          BillingBot:
            aliasArn: {{AliasArn}}
            intents:
              CheckBalance:
                utterances: ["check my balance", "what is my balance"]
              PayBill:
                utterances: ["pay my bill", "pay {Amount} dollars", "pay my {Account} bill"]
                slots:
                  Amount: []
                  Account: [Checking, Savings]
              Agent:
                utterances: ["talk to a person", "representative"]
        """;

    /// <summary>The shape of a real console export (SSML prompt, LexV2Bot AliasArn, LexSessionAttributes from a contact attribute,
    /// one condition per intent, NoMatchingCondition and NoMatchingError wired; e.g. the main menu of a public multi-department
    /// IVR export) plus InputTimeLimitExceeded, which the current action syntax documents (awsdocs amazon-connect-admin-guide,
    /// participant-actions-connectparticipantwithlexbot.md).</summary>
    private static string LexMenu(string bot = $$"""{"AliasArn":"{{AliasArn}}"}""", string extra = "") => Act("Menu", "ConnectParticipantWithLexBot",
        $$"""{"SSML":"<speak>How can I help you?</speak>","LexV2Bot":{{bot}},"LexSessionAttributes":{"CustomerTier":"$.Attributes.Tier"}{{extra}}}""",
        "Other",
        [Cond("Equals", "CheckBalance", "Balance"), Cond("Equals", "PayBill", "Pay"), Cond("Equals", "Sales", "Sales")],
        [Err("NoMatchingCondition", "Other"), Err("InputTimeLimitExceeded", "Timeout"), Err("NoMatchingError", "Failed")]);

    private static readonly string[] Targets =
    [
        Say("Balance", "Your balance, $.Lex.SessionAttributes.CustomerTier customer", "Hang up"),
        Say("Pay", "Paying $.Lex.Slots.Amount from $.Lex.Slots.Account", "Hang up"),
        Mark("Sales"), Mark("Other"), Mark("Timeout"), Mark("Failed"), Disconnect(),
    ];

    private static async Task<CallResult> RunAsync(CallRequest request, string menu)
    {
        using var harness = new CallHarness(Bots, ("Main", Flow([menu, .. Targets])));
        return await harness.RunAsync(request);
    }

    private static CallRequest Saying(params string[] words) =>
        CallHarness.Request() with { Utterances = [.. words], InitialAttributes = new Dictionary<string, string> { ["Tier"] = "gold" } };

    [Theory]
    [InlineData("check my balance")]
    [InlineData("What is my BALANCE?")]
    [InlineData("what is my balance please")]
    public async Task Execute_UtteranceOfAModelledIntent_TakesItsConditionAndFillsLexSessionAttributes(string words)
    {
        // Act
        var result = await RunAsync(Saying(words), LexMenu());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
        result.Prompts.Select(p => p.Text).ShouldBe(["<speak>How can I help you?</speak>", "Your balance, gold customer"]);
        var turn = result.Events.OfType<LexTurnEvent>().ShouldHaveSingleItem();
        (turn.Bot, turn.Utterance, turn.Intent).ShouldBe(("BillingBot", words, "CheckBalance"));
    }

    [Theory]
    [InlineData("pay 20 dollars", "Paying 20 from (none)")]
    [InlineData("Pay my savings bill", "Paying (none) from Savings")]
    public async Task Execute_SlotPatternUtterance_FillsLexSlots(string words, string heard)
    {
        // Act
        var result = await RunAsync(Saying(words), LexMenu());

        // Assert: an unfilled slot reads as an unresolved reference.
        result.Prompts.Last().Text.ShouldBe(heard.Replace("(none)", InterpreterOptions.Default.UnresolvedReferenceText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Execute_UtteranceNoIntentMatches_IsFallbackIntentAndTakesNoMatchingCondition()
    {
        // Act
        var result = await RunAsync(Saying("the weather in Paris"), LexMenu());

        // Assert
        result.Prompts.Last().Text.ShouldBe("Other");
        result.Events.OfType<LexTurnEvent>().ShouldHaveSingleItem().Intent.ShouldBe("FallbackIntent");
    }

    [Fact]
    public async Task Execute_NoUtteranceLeft_TakesInputTimeLimitExceeded()
    {
        // Act
        var result = await RunAsync(Saying(), LexMenu());

        // Assert
        result.Prompts.Last().Text.ShouldBe("Timeout");
        result.Events.OfType<LexTurnEvent>().ShouldHaveSingleItem().TimedOut.ShouldBeTrue();
    }

    [Fact]
    public async Task Execute_TwoLexTurns_TakeUtterancesInOrder()
    {
        // Arrange
        var second = Act("Other", "ConnectParticipantWithLexBot", $$$"""{"Text":"Anything else?","LexV2Bot":{"AliasArn":"{{{AliasArn}}}"}}""", "Failed",
            [Cond("Equals", "PayBill", "Pay")], [Err("NoMatchingCondition", "Failed"), Err("NoMatchingError", "Failed")]);
        using var harness = new CallHarness(Bots, ("Main", Flow(LexMenu(), second, Targets[0], Targets[1], Mark("Sales"), Mark("Timeout"), Mark("Failed"), Disconnect())));

        // Act
        var result = await harness.RunAsync(Saying("no idea", "pay 5 dollars"));

        // Assert
        result.Events.OfType<LexTurnEvent>().Select(t => t.Intent).ShouldBe(["FallbackIntent", "PayBill"]);
        result.Prompts.Last().Text.ShouldStartWith("Paying 5 from");
    }

    [Fact]
    public async Task Execute_ClassicLexBotByName_UsesTheModelledBot()
    {
        // Act
        var result = await RunAsync(Saying("representative please"), LexMenu(bot: """{"Name":"BillingBot","Region":"us-east-1","Alias":"$LATEST"}""").Replace("\"LexV2Bot\"", "\"LexBot\"", StringComparison.Ordinal));

        // Assert: Agent has no condition in this menu.
        result.Events.OfType<LexTurnEvent>().ShouldHaveSingleItem().Intent.ShouldBe("Agent");
        result.Prompts.Last().Text.ShouldBe("Other");
    }

    [Fact]
    public async Task Execute_BotTheModelDoesNotKnow_IsAStubThatEchoesTheUtteranceWithAWarningNamingIt()
    {
        // Arrange
        const string unknown = "arn:aws:lex:us-east-1:999999999999:bot-alias/OTHERBOT/ALIAS";

        // Act
        var result = await RunAsync(Saying("Sales"), LexMenu(bot: $$"""{"AliasArn":"{{unknown}}"}"""));

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
        result.Prompts.Last().Text.ShouldBe("Sales");
        var warning = result.Diagnostics.ShouldHaveSingleItem();
        warning.Code.ShouldBe(CallerMessages.StubBot.Code);
        warning.IsError.ShouldBeFalse();
        warning.Message.ShouldContain(unknown);
    }

    [Fact]
    public async Task Execute_EmptyLexV2BotAsSomeExportsHaveIt_IsAStubBot()
    {
        // Act
        var result = await RunAsync(Saying("CheckBalance"), LexMenu(bot: "{}"));

        // Assert
        result.Prompts.Last().Text.ShouldBe("Your balance, gold customer");
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(CallerMessages.StubBot.Code);
    }

    [Fact]
    public async Task Execute_UnknownBotStrict_StopsNamingTheBot()
    {
        // Act
        var result = await RunAsync(Saying("Sales") with { Strict = true }, LexMenu(bot: """{"AliasArn":"arn:aws:lex:us-east-1:999999999999:bot-alias/X/Y"}"""));

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(CallerMessages.UnknownBot.Code);
        (error.Location.ActionId, error.Location.Field).ShouldBe(("Menu", "Parameters.LexV2Bot.AliasArn"));
        error.Message.ShouldContain("bot-alias/X/Y");
    }

    [Theory]
    [InlineData("LexInitilizationData")]
    [InlineData("LexInitializationData")]
    public async Task Execute_InitialMessageInEitherSpelling_IsTheFirstUtteranceAndKeepsTheScriptedOnes(string key)
    {
        // Act
        var result = await RunAsync(Saying("pay 7 dollars") with { Channel = "CHAT" },
            LexMenu(extra: $$""","{{key}}":{"InitialMessage":"check my balance"}"""));

        // Assert
        result.Events.OfType<LexTurnEvent>().ShouldHaveSingleItem().Utterance.ShouldBe("check my balance");
        result.Prompts.Last().Text.ShouldBe("Your balance, gold customer");
    }
}
