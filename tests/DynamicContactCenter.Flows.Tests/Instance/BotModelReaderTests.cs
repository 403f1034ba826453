using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Instance;

namespace DynamicContactCenter.Flows.Tests.Instance;

public sealed class BotModelReaderTests
{
    private const string Head = """
        instance:
          arn: arn:aws:connect:us-east-1:123456789012:instance/test
        """;

    [Fact]
    public void Load_Bots_ReadsAliasArnsIntentsUtterancesAndSlots()
    {
        // Act
        var result = InstanceModelLoader.Load(Head + """

            bots:
              BillingBot:
                aliasArn: arn:aws:lex:us-east-1:123456789012:bot-alias/B1/A1
                aliasArns: [arn:aws:lex:us-east-1:123456789012:bot-alias/B1/DEV]
                intents:
                  PayBill:
                    utterances: ["pay {Amount} dollars", "pay my bill"]
                    slots:
                      Amount:
                      Account: [Checking, Savings]
            """, "instance.yaml");

        // Assert
        result.Diagnostics.ShouldBeEmpty();
        var model = result.Value.ShouldNotBeNull();
        var bot = model.FindBot("arn:aws:lex:us-east-1:123456789012:bot-alias/B1/DEV").ShouldNotBeNull();
        model.FindBot("BillingBot").ShouldBe(bot);
        var intent = bot.Intents.ShouldHaveSingleItem();
        (intent.Name, intent.Utterances.Length).ShouldBe(("PayBill", 2));
        intent.Slots.Select(s => (s.Name, s.Values.Length)).ShouldBe([("Amount", 0), ("Account", 2)]);
    }

    [Fact]
    public void Load_UtteranceNamingAnUndefinedSlot_IsAnErrorNamingFileLineAndSlot()
    {
        // Act
        var result = InstanceModelLoader.Load(Head + """

            bots:
              BillingBot:
                intents:
                  PayBill:
                    utterances: ["pay {Amount} dollars"]
            """, "instance.yaml");

        // Assert
        result.Value.ShouldBeNull();
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(CallerMessages.UndefinedSlot.Code);
        error.Location.File.ShouldBe("instance.yaml");
        error.Location.Line.ShouldBe(7);
        error.Message.ShouldBe("utterance \"pay {Amount} dollars\" names slot {Amount}, which the intent does not define; expected a slot listed under its slots: (none defined).");
    }

    [Fact]
    public void Load_IntentWithoutUtterances_IsAnErrorNamingTheKey()
    {
        // Act
        var result = InstanceModelLoader.Load(Head + """

            bots:
              BillingBot:
                intents:
                  PayBill:
                    slots: {}
            """, "instance.yaml");

        // Assert
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(FlowMessages.InstanceMissingKey.Code);
        error.Location.Field.ShouldBe("bots.BillingBot.intents.PayBill.utterances");
    }
}
