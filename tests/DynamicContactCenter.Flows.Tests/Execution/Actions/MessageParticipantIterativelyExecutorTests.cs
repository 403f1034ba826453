using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class MessageParticipantIterativelyExecutorTests
{
    private const string Messages = "\"Messages\":[{\"Text\":\"Please hold\"},{\"PromptId\":\"arn:aws:connect:us-east-1:1:instance/x/prompt/music\"}]";

    [Fact]
    public async Task Execute_WithoutInterrupt_PlaysMessagesAndEnds()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, "{\"Identifier\":\"Loop\",\"Type\":\"MessageParticipantIteratively\",\"Parameters\":{" + Messages + "},\"Transitions\":{}}");

        // Assert
        result.Prompts.Select(p => p.Format).ShouldBe(["text", "prompt"]);
        result.Outcome.ShouldBe(CallOutcome.Ended);
    }

    [Fact]
    public async Task Execute_WithInterrupt_CompletesWithMessagesInterrupted()
    {
        // Arrange
        var loop = Act("Loop", "MessageParticipantIteratively", "{" + Messages + ",\"InterruptFrequencySeconds\":\"60\"}", null,
            [Cond("Equals", "MessagesInterrupted", "Interrupted")], [Err("NoMatchingError", "Failed")]);

        // Act
        var result = await CallHarness.RunFlowAsync(null, loop, Mark("Interrupted"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.Last().Text.ShouldBe("Interrupted");
    }

    [Fact]
    public async Task Execute_NoMessages_Stops()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Loop", "MessageParticipantIteratively", """{"Messages":[]}""", "Hang up"), Disconnect());

        // Assert
        result.Diagnostics.ShouldHaveSingleItem().Location.Field.ShouldBe("Parameters.Messages");
    }
}
