using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class CreateCallbackContactExecutorTests
{
    [Fact]
    public async Task Execute_WithWorkingQueue_RecordsCallbackToCallbackNumber()
    {
        // Arrange
        var request = CallHarness.Request() with { InitialAttributes = new Dictionary<string, string> { ["cb"] = "+15555550199" } };

        // Act
        var result = await CallHarness.RunFlowAsync(request,
            Act("Number", "UpdateContactCallbackNumber", """{"CallbackNumber":"$.Attributes.cb"}""", "Queue"),
            Act("Queue", "UpdateContactTargetQueue", "{\"QueueId\":\"" + CallHarness.EnglishArn + "\"}", "Callback"),
            Act("Callback", "CreateCallbackContact", """{"InitialCallDelaySeconds":"5","MaximumConnectionAttempts":"2","RetryDelaySeconds":"600"}""", "Hang up",
                errors: [Err("NoMatchingError", "Failed")]),
            Mark("Failed"), Disconnect());

        // Assert
        var callback = result.Events.OfType<TransferEvent>().ShouldHaveSingleItem();
        (callback.Kind, callback.Target, callback.TargetArn).ShouldBe(("callback", "+15555550199", CallHarness.EnglishArn));
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
    }

    [Fact]
    public async Task Execute_NoQueue_TakesError()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Callback", "CreateCallbackContact", "{}", "Hang up", errors: [Err("NoMatchingError", "Failed")]), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
    }
}
