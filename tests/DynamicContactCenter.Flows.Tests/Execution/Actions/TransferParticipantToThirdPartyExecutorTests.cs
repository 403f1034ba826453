using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class TransferParticipantToThirdPartyExecutorTests
{
    private static string Transfer(string number, string continueFlow) =>
        Act("Transfer", "TransferParticipantToThirdParty", "{\"ThirdPartyPhoneNumber\":\"" + number + "\",\"ThirdPartyConnectionTimeLimitSeconds\":\"30\",\"ContinueFlowExecution\":\"" + continueFlow + "\"}",
            "After", errors: [Err("CallFailed", "CallFailed"), Err("NoMatchingError", "Failed")]);

    private static readonly string[] Rest = [Mark("After"), Mark("CallFailed"), Mark("Failed"), Disconnect()];

    [Fact]
    public async Task Execute_BlindTransfer_EndsTheFlow()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, [Transfer("+15555550123", "False"), .. Rest]);

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Ended);
        result.Prompts.ShouldBeEmpty();
        result.Events.OfType<TransferEvent>().ShouldHaveSingleItem().Target.ShouldBe("+15555550123");
    }

    [Fact]
    public async Task Execute_ContinueFlowExecution_ContinuesAtNextAction()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, [Transfer("+15555550123", "true"), .. Rest]);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("After");
    }

    [Theory]
    [InlineData("True", "CallFailed")]
    [InlineData("False", "Failed")]
    public async Task Execute_NotE164_TakesCallFailedOrError(string continueFlow, string expected)
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, [Transfer("555-0123", continueFlow), .. Rest]);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe(expected);
    }
}
