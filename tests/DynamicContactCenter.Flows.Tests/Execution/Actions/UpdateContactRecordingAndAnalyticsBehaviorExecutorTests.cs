using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class UpdateContactRecordingAndAnalyticsBehaviorExecutorTests
{
    [Theory]
    [InlineData("VOICE", "VoiceBehavior", "Hang up")]
    [InlineData("CHAT", "VoiceBehavior", "Mismatch")]
    [InlineData("CHAT", "ChatBehavior", "Hang up")]
    public async Task Execute_ChannelObject_ContinuesOrTakesChannelMismatch(string channel, string behavior, string expected)
    {
        // Arrange
        var request = CallHarness.Request() with { Channel = channel };
        var action = Act("Rec", "UpdateContactRecordingAndAnalyticsBehavior", "{\"" + behavior + "\":{\"VoiceRecordingBehavior\":{\"RecordedParticipants\":[\"Agent\"]}}}",
            "Hang up", errors: [Err("ChannelMismatch", "Mismatch"), Err("NoMatchingError", "Failed")]);

        // Act
        var result = await CallHarness.RunFlowAsync(request, action, Mark("Mismatch"), Mark("Failed"), Disconnect());

        // Assert
        (result.Prompts.LastOrDefault()?.Text ?? "Hang up").ShouldBe(expected);
    }
}
