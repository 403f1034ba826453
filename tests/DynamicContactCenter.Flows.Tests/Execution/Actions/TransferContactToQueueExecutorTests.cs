using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class TransferContactToQueueExecutorTests
{
    private static string[] Flow(string? queueArn) =>
    [
        .. queueArn is null ? Array.Empty<string>() : [Act("SetQueue", "UpdateContactTargetQueue", "{\"QueueId\":\"" + queueArn + "\"}", "Transfer")],
        Act("Transfer", "TransferContactToQueue", "{}", "Failed", errors: [Err("QueueAtCapacity", "Full"), Err("NoMatchingError", "Failed")]),
        Mark("Full"), Mark("Failed"), Disconnect(),
    ];

    [Fact]
    public async Task Execute_WorkingQueueSet_QueuesAndLeavesTheFlow()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Flow(CallHarness.EnglishArn));

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Queued);
        result.Queue.ShouldBe(new QueueInfo("English", CallHarness.EnglishArn));
        result.Prompts.ShouldBeEmpty();
        result.Events.OfType<QueuedEvent>().ShouldHaveSingleItem().AvailableAgents.ShouldBe(1);
    }

    [Fact]
    public async Task Execute_QueueAtCapacity_TakesQueueAtCapacity()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Flow(CallHarness.FullArn));

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Full");
    }

    [Fact]
    public async Task Execute_NoWorkingQueue_TakesNoMatchingError()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Flow(null));

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Events.OfType<ErrorBranchEvent>().ShouldHaveSingleItem().ErrorType.ShouldBe("NoMatchingError");
    }

    [Fact]
    public async Task Execute_ParametersOmitted_AsInOlderExports_Works()
    {
        // Arrange
        var transfer = """{"Identifier":"Transfer","Type":"TransferContactToQueue","Transitions":{"NextAction":"Hang up","Errors":[{"ErrorType":"NoMatchingError","NextAction":"Hang up"}]}}""";
        var setQueue = Act("SetQueue", "UpdateContactTargetQueue", "{\"QueueId\":\"" + CallHarness.EnglishArn + "\"}", "Transfer");

        // Act
        var result = await CallHarness.RunFlowAsync(null, setQueue, transfer, Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Queued);
    }

    [Fact]
    public async Task Execute_QueueAtCapacityWithoutItsEntry_FallsBackToNoMatchingError()
    {
        // Arrange
        var setQueue = Act("SetQueue", "UpdateContactTargetQueue", "{\"QueueId\":\"" + CallHarness.FullArn + "\"}", "Transfer");
        var transfer = Act("Transfer", "TransferContactToQueue", "{}", null, errors: [Err("NoMatchingError", "Failed")]);

        // Act
        var result = await CallHarness.RunFlowAsync(null, setQueue, transfer, Mark("Failed"), Disconnect());

        // Assert
        var branch = result.Events.OfType<ErrorBranchEvent>().ShouldHaveSingleItem();
        (branch.ErrorType, branch.WiredAs).ShouldBe(("QueueAtCapacity", "NoMatchingError"));
    }
}
