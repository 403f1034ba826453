using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class MessageParticipantExecutorTests
{
    [Fact]
    public async Task Execute_TextWithReferences_SpeaksInterpolatedTextWithVoiceAndLanguage()
    {
        // Arrange
        var request = CallHarness.Request() with { InitialAttributes = new Dictionary<string, string> { ["name"] = "Ana", ["full name"] = "Ana Ruiz" } };

        // Act
        var result = await CallHarness.RunFlowAsync(request,
            Say("Greet", "Hi $.Attributes.name. You called $.SystemEndpoint.Address, $.Attributes.['full name'].", "Hang up"), Disconnect());

        // Assert
        var prompt = result.Prompts.ShouldHaveSingleItem();
        prompt.Text.ShouldBe("Hi Ana. You called +14443330000, Ana Ruiz.");
        prompt.Voice.ShouldBe("Joanna");
        prompt.LanguageCode.ShouldBe("en-US");
        prompt.Format.ShouldBe("text");
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
    }

    [Fact]
    public async Task Execute_SsmlWithReferenceInsideTag_KeepsMarkupExact()
    {
        // Arrange
        var request = CallHarness.Request() with { InitialAttributes = new Dictionary<string, string> { ["case"] = "1234" } };

        // Act
        var result = await CallHarness.RunFlowAsync(request,
            Act("Speak", "MessageParticipant", """{"SSML":"<speak><say-as interpret-as=\"digits\">$.Attributes.case</say-as></speak>"}""", "Hang up"), Disconnect());

        // Assert
        var prompt = result.Prompts.ShouldHaveSingleItem();
        prompt.Text.ShouldBe("<speak><say-as interpret-as=\"digits\">1234</say-as></speak>");
        prompt.Format.ShouldBe("ssml");
    }

    [Fact]
    public async Task Execute_UnresolvedReference_ReadsAsEmptyAndWarns()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Say("Greet", "Hello $.External.Name!", "Hang up"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Hello !");
        var warning = result.Diagnostics.ShouldHaveSingleItem();
        warning.Code.ShouldBe(FlowMessages.UnresolvedReference.Code);
        warning.Location.ActionId.ShouldBe("Greet");
        warning.Location.Field.ShouldBe("Parameters.Text");
    }

    [Theory]
    [InlineData("""{"Text":42}""", "Parameters.Text", "Parameters.Text is a number; expected a string")]
    [InlineData("""{"SSML":["<speak/>"]}""", "Parameters.SSML", "Parameters.SSML is an array; expected a string")]
    public async Task Execute_PromptParameterOfTheWrongType_SaysWhatWasFoundNotMissing(string parameters, string field, string message)
    {
        // Act: issue #10 item 18, DCC3309 said "missing" for a Text that is a number
        var result = await CallHarness.RunFlowAsync(null, Act("Speak", "MessageParticipant", parameters, "Hang up"), Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(FlowMessages.InvalidParameter.Code);
        error.Location.Field.ShouldBe(field);
        error.Message.ShouldStartWith(message);
    }

    [Fact]
    public async Task Execute_NoPromptParameter_StopsWithMissingParameter()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Empty", "MessageParticipant", "{}", "Hang up"), Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(FlowMessages.MissingParameter.Code);
        error.Location.Flow.ShouldBe("Main");
        error.Location.ActionId.ShouldBe("Empty");
    }

    [Fact]
    public async Task Execute_TextOverSpeechLimit_TakesErrorBranch()
    {
        // Arrange
        var longText = new string('a', 6001);

        // Act
        var result = await CallHarness.RunFlowAsync(null,
            Act("Long", "MessageParticipant", $$"""{"Text":"{{longText}}"}""", "Hang up", errors: [Err("NoMatchingError", "Failed")]),
            Mark("Failed"), Disconnect());

        // Assert
        result.Events.OfType<ErrorBranchEvent>().ShouldHaveSingleItem().Target.ShouldBe("Failed");
        result.Prompts.Last().Text.ShouldBe("Failed");
    }
}
