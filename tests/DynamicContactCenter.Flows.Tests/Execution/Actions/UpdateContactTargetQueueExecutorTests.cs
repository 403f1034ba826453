using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class UpdateContactTargetQueueExecutorTests
{
    private static string SetQueue(string queueId) =>
        Act("SetQueue", "UpdateContactTargetQueue", "{\"QueueId\":\"" + queueId + "\"}", "Say", errors: [Err("NoMatchingError", "Failed")]);

    private static readonly string[] Rest = [Say("Say", "$.Queue.Name $.Queue.ARN", "Hang up"), Mark("Failed"), Disconnect()];

    [Theory]
    [InlineData(CallHarness.SpanishArn)]
    [InlineData("q-spanish")]
    [InlineData("Spanish")]
    public async Task Execute_StaticArnIdOrName_SetsWorkingQueue(string queueId)
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, [SetQueue(queueId), .. Rest]);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Spanish " + CallHarness.SpanishArn);
        result.Events.OfType<QueueSetEvent>().ShouldHaveSingleItem().QueueArn.ShouldBe(CallHarness.SpanishArn);
    }

    [Fact]
    public async Task Execute_DynamicArnFromExternal_SetsWorkingQueue()
    {
        // Arrange
        var request = CallHarness.Request() with { InitialAttributes = new Dictionary<string, string> { ["queue"] = CallHarness.SpanishArn } };

        // Act
        var result = await CallHarness.RunFlowAsync(request, [SetQueue("$.Attributes.queue"), .. Rest]);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldStartWith("Spanish");
    }

    [Theory]
    [InlineData("Spanish")]
    [InlineData("arn:aws:connect:us-east-1:1:instance/x/queue/unknown")]
    public async Task Execute_DynamicNameOrUnknownArn_TakesErrorWithUnknownQueue(string value)
    {
        // Arrange
        var request = CallHarness.Request() with { InitialAttributes = new Dictionary<string, string> { ["queue"] = value } };

        // Act
        var result = await CallHarness.RunFlowAsync(request, [SetQueue("$.Attributes.queue"), .. Rest]);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        var warning = result.Diagnostics.ShouldHaveSingleItem();
        (warning.Code, warning.Location.Field).ShouldBe((FlowMessages.UnknownQueue.Code, "Parameters.QueueId"));
    }

    [Fact]
    public async Task Execute_AgentId_SetsAgentQueue()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null,
            Act("SetQueue", "UpdateContactTargetQueue", """{"AgentId":"alice"}""", "Say", errors: [Err("NoMatchingError", "Failed")]), Say("Say", "$.Queue.Name", "Hang up"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("alice");
    }
}
