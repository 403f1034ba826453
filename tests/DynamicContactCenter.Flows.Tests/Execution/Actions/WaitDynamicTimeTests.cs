using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

/// <summary>Issue #12: a Wait whose time is a reference with no value (corpus email-CustomerQueue.json: <c>$.External.url_timeout</c>,
/// set by a Lambda the call does not run) takes the block's error branch, as Connect does at run time.</summary>
public sealed class WaitDynamicTimeTests
{
    private static string Wait(bool errorBranch) => Act("Wait", "Wait", """{"TimeLimitSeconds":"$.External.url_timeout"}""", null,
        [Cond("Equals", "WaitCompleted", "Done")], errorBranch ? [Err("NoMatchingError", "Failed")] : null);

    [Fact]
    public async Task UnresolvedDynamicTime_TakesTheErrorBranch()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Channel = "CHAT" }, Wait(errorBranch: true), Mark("Done"), Mark("Failed"), Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Diagnostics.ShouldContain(d => d.Code == FlowMessages.InvalidParameter.Code && d.Message.Contains("$.External.url_timeout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnresolvedDynamicTime_NoErrorBranch_StopsNamingTheReference()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Channel = "CHAT" }, Wait(errorBranch: false), Mark("Done"), Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        var stop = result.Diagnostics.Last();
        stop.Code.ShouldBe(FlowMessages.InvalidParameter.Code);
        stop.Message.ShouldContain("$.External.url_timeout");
        stop.Location.ActionId.ShouldBe("Wait");
    }
}
