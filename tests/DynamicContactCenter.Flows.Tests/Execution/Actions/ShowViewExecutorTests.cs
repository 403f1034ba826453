using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

/// <summary>"Show view": no agent workspace in a simulated call, so the view times out.</summary>
[Trait("Issue", "12")]
public sealed class ShowViewExecutorTests
{
    // The shape step-by-step guide exports write: ViewResource {Id, Version}, InvocationTimeLimitSeconds, ViewData (reference §7).
    private const string Guide =
        """{"ViewResource":{"Id":"arn:aws:connect:us-east-1:123456789012:instance/test/view/detail-view","Version":"$LATEST"},"InvocationTimeLimitSeconds":"300","ViewData":{"Heading":"Caller $.CustomerEndpoint.Address"}}""";

    [Fact]
    public async Task Execute_TimeLimitWired_TimesOutThere()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Guide", "ShowView", Guide, conditions: [Cond("Equals", "Next", "Next")],
            errors: [Err("TimeLimitExceeded", "Timed out"), Err("NoMatchingError", "Failed")]), Mark("Next"), Mark("Timed out"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Timed out");
        var warning = result.Diagnostics.ShouldHaveSingleItem();
        warning.Code.ShouldBe(ActionMessages.ViewNotAnswered.Code);
        warning.Message.ShouldBe("view 'arn:aws:connect:us-east-1:123456789012:instance/test/view/detail-view' is shown in the agent workspace, and a simulated call has no agent to answer it: the block times out (after 300 s).");
    }

    [Fact]
    public async Task Execute_OnlyErrorWired_TakesNoMatchingError()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Guide", "ShowView", Guide, conditions: [Cond("Equals", "Next", "Next")],
            errors: [Err("NoMatchingError", "Failed")]), Mark("Next"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Events.OfType<ErrorBranchEvent>().ShouldHaveSingleItem().ErrorType.ShouldBe("TimeLimitExceeded");
    }
}
