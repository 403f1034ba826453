using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

/// <summary>"Amazon Q in Connect" with the parameter object of API:createwisdomsession ({"WisdomAssistantArn": static or dynamic}).</summary>
[Trait("Issue", "12")]
public sealed class CreateWisdomSessionExecutorTests
{
    private const string AssistantArn = "arn:aws:wisdom:us-east-1:123456789012:assistant/9c1f4a2e-5b7d-4e8a-9f0b-1c2d3e4f5a6b";

    private static string Wisdom(string assistant) =>
        Act("Wisdom", "CreateWisdomSession", $$"""{"WisdomAssistantArn":"{{assistant}}"}""", "Next", errors: [Err("NoMatchingError", "Failed")]);

    [Fact]
    public async Task Execute_VoiceContact_RecordsTheAssistantAndGoesOn()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Wisdom(AssistantArn), Mark("Next"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Next");
        var setting = result.Events.OfType<SettingChangedEvent>().ShouldHaveSingleItem();
        (setting.Setting, setting.Value).ShouldBe(("WisdomAssistant", AssistantArn));
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task Execute_ChatContact_TakesErrorBranch()
    {
        // Act: "This action is only supported on the voice channel."
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Channel = "CHAT" }, Wisdom(AssistantArn), Mark("Next"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Events.OfType<ErrorBranchEvent>().ShouldHaveSingleItem().Reason.ShouldBe("CreateWisdomSession runs on voice contacts only; this contact's channel is CHAT");
        result.Events.OfType<SettingChangedEvent>().ShouldBeEmpty();
    }

    [Fact]
    public async Task Execute_ReferenceWithNoValue_TakesErrorBranchNamingIt()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Wisdom("$.Attributes.AssistantArn"), Mark("Next"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Diagnostics.Select(d => d.Code).ShouldContain(ActionMessages.EmptyValue.Code);
        result.Diagnostics.Single(d => d.Code == ActionMessages.EmptyValue.Code).Message
            .ShouldBe("$.Attributes.AssistantArn resolved to no value: no assistant to attach, so the block takes its error branch.");
    }
}
