using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class UpdateContactTextToSpeechVoiceExecutorTests
{
    [Fact]
    public async Task Execute_StaticVoice_LaterPromptsUseIt()
    {
        // Arrange
        var voice = Act("Voice", "UpdateContactTextToSpeechVoice", """{"TextToSpeechVoice":"Lupe","TextToSpeechEngine":"Neural","TextToSpeechStyle":"None"}""", "Say");

        // Act
        var result = await CallHarness.RunFlowAsync(null, voice, Say("Say", "Hola", "Hang up"), Disconnect());

        // Assert
        var set = result.Events.OfType<VoiceSetEvent>().ShouldHaveSingleItem();
        (set.Voice, set.Engine).ShouldBe(("Lupe", "Neural"));
        result.Prompts.ShouldHaveSingleItem().Voice.ShouldBe("Lupe");
        result.Voice.ShouldBe("Lupe");
    }

    [Fact]
    public async Task Execute_DynamicVoiceFromAttribute_ResolvesIt()
    {
        // Arrange
        var request = CallHarness.Request() with { InitialAttributes = new Dictionary<string, string> { ["voice"] = "Chantal" } };

        // Act
        var result = await CallHarness.RunFlowAsync(request,
            Act("Voice", "UpdateContactTextToSpeechVoice", """{"TextToSpeechVoice":"$.Attributes.voice"}""", "Say"), Say("Say", "Bonjour", "Hang up"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Voice.ShouldBe("Chantal");
    }

    [Fact]
    public async Task Execute_UnknownVoiceWithoutErrorBranch_StopsWithUnknownVoice()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Voice", "UpdateContactTextToSpeechVoice", """{"TextToSpeechVoice":"Robotron"}""", "Hang up"), Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(FlowMessages.UnknownVoice.Code);
        (error.Location.Flow, error.Location.ActionId, error.Location.Field).ShouldBe(("Main", "Voice", "Parameters.TextToSpeechVoice"));
        error.Message.ShouldContain("Robotron");
    }

    [Fact]
    public async Task Execute_UnknownVoiceWithErrorBranch_TakesIt()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null,
            Act("Voice", "UpdateContactTextToSpeechVoice", """{"TextToSpeechVoice":"Robotron"}""", "Hang up", errors: [Err("NoMatchingError", "Failed")]), Mark("Failed"), Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Diagnostics.ShouldHaveSingleItem().Severity.ShouldBe(Routing.Diagnostics.Severity.Warning);
    }
}
