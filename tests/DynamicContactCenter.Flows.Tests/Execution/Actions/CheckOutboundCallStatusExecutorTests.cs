using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

/// <summary>"Check call progress" with the four documented results (API:flow-control-actions-checkoutboundcallstatus).</summary>
[Trait("Issue", "12")]
public sealed class CheckOutboundCallStatusExecutorTests
{
    private static Task<CallResult> RunAsync(CallRequest request) => CallHarness.RunFlowAsync(request,
        Act("Progress", "CheckOutboundCallStatus", "{}", conditions:
            [Cond("Equals", "CallAnswered", "Person"), Cond("Equals", "VoicemailBeep", "Leave message"), Cond("Equals", "VoicemailNoBeep", "Hang up"),
             Cond("Equals", "NotDetected", "Person")],
            errors: [Err("NoMatchingError", "Hang up")]),
        Mark("Person"), Mark("Leave message"), Disconnect());

    [Fact]
    public async Task Execute_Default_APersonAnswered()
    {
        // Act
        var result = await RunAsync(CallHarness.Request());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Person");
        result.Events.OfType<CheckEvent>().ShouldHaveSingleItem().Value.ShouldBe("CallAnswered");
    }

    [Fact]
    public async Task Execute_VoicemailBeepForThisCall_TakesTheVoicemailBranch()
    {
        // Act
        var result = await RunAsync(CallHarness.Request() with { OutboundCallStatus = "VoicemailBeep" });

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Leave message");
    }
}
