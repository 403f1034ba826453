using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class WaitExecutorTests
{
    private static readonly string[] WaitFlow =
    [
        Act("Wait", "Wait", """{"TimeLimitSeconds":"900","Events":["CustomerReturned"]}""", "Done",
            [Cond("Equals", "WaitCompleted", "Done"), Cond("Equals", "CustomerReturned", "Returned")], [Err("NoMatchingError", "Failed")]),
        Mark("Done"), Mark("Returned"), Mark("Failed"), Disconnect(),
    ];

    [Fact]
    public async Task Execute_Chat_CompletesAfterTimeLimit()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Channel = "CHAT" }, WaitFlow);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Done");
    }

    [Fact]
    public async Task Execute_ChatWithInputLeft_TheCustomerReturns()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Channel = "CHAT", Utterances = ["hello again"] }, WaitFlow);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Returned");
    }

    [Fact]
    public async Task Execute_ChatWithInputLeftButNotListeningForTheCustomer_Completes()
    {
        // Arrange
        var wait = Act("Wait", "Wait", """{"TimeLimitSeconds":"60"}""", "Done", [Cond("Equals", "WaitCompleted", "Done")], [Err("NoMatchingError", "Failed")]);

        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Channel = "CHAT", InputDigits = "1" }, wait, Mark("Done"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Done");
    }

    [Fact]
    public async Task Execute_Voice_TakesError()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, WaitFlow);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
    }

    [Fact]
    public async Task Execute_DocumentedTimeoutSecondsName_AdvancesVirtualClockForHoursCheck()
    {
        // Arrange: 19:50 in New York; waiting 15 minutes crosses closing time.
        var request = CallHarness.Request(new DateTimeOffset(2026, 3, 10, 19, 50, 0, TimeSpan.FromHours(-4))) with { Channel = "CHAT" };
        var wait = Act("Wait", "Wait", """{"TimeoutSeconds":"900"}""", "Check", [Cond("Equals", "WaitCompleted", "Check")]);
        var check = Act("Check", "CheckHoursOfOperation", """{"HoursOfOperationId":"Business Hours"}""", null, [Cond("Equals", "True", "Open"), Cond("Equals", "False", "Closed")]);

        // Act
        var result = await CallHarness.RunFlowAsync(request, wait, check, Mark("Open"), Mark("Closed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Closed");
    }
}
