using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class DequeueContactAndTransferToQueueExecutorTests
{
    [Theory]
    [InlineData(CallHarness.SpanishArn, "queued")]
    [InlineData(CallHarness.FullArn, "Full")]
    [InlineData("arn:aws:connect:us-east-1:1:instance/x/queue/none", "queued")] // a queue the model does not have is a stub queue (issue #12)
    public async Task Execute_TargetQueue_QueuesOrTakesError(string queueArn, string expected)
    {
        // Arrange
        var dequeue = Act("Move", "DequeueContactAndTransferToQueue", "{\"QueueId\":\"" + queueArn + "\"}", "Failed",
            errors: [Err("QueueAtCapacity", "Full"), Err("NoMatchingError", "Failed")]);

        // Act
        var result = await CallHarness.RunFlowAsync(null, dequeue, Mark("Full"), Mark("Failed"), Disconnect());

        // Assert
        (result.Outcome == CallOutcome.Queued ? "queued" : result.Prompts.Single().Text).ShouldBe(expected);
    }
}
