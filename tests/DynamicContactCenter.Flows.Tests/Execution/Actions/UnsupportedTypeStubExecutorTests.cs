using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using DynamicContactCenter.Routing.Diagnostics;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

/// <summary>A type the simulator does not run (here StartFutureFeature, a type no page documents) is a stub by default and a stop with
/// --strict (issue #12 item 3).</summary>
[Trait("Issue", "12")]
public sealed class UnsupportedTypeStubExecutorTests
{
    private const string Unrun = "StartFutureFeature";

    [Fact]
    public async Task Run_WithNextAction_WarnsNamingTheTypeAndGoesOn()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Wisdom", Unrun, """{"WisdomAssistantArn":"arn:aws:wisdom:us-east-1:123456789012:assistant/a"}""", "After",
            errors: [Err("NoMatchingError", "Failed")]), Mark("After"), Mark("Failed"), Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("After");
        var warning = result.Diagnostics.Where(d => d.Code != FlowMessages.UnknownActionType.Code).ShouldHaveSingleItem();
        (warning.Code, warning.Severity, warning.Location.ActionId).ShouldBe((ActionMessages.TypeStub.Code, Severity.Warning, "Wisdom"));
        warning.Message.ShouldBe("action type StartFutureFeature is not one the simulator runs: it ran as a stub and took its next action 'After' (--strict stops here instead).");
        result.Events.OfType<DiagnosticEvent>().ShouldHaveSingleItem().Diagnostic.ShouldBe(warning);
    }

    [Fact]
    public async Task Run_ConditionsAndNoNextAction_TakesNoMatchingError()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Wisdom", Unrun, "{}", conditions: [Cond("Equals", "x", "Chosen")],
            errors: [Err("InputTimeLimitExceeded", "Timeout"), Err("NoMatchingError", "Failed")]), Mark("Chosen"), Mark("Timeout"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Events.OfType<ErrorBranchEvent>().ShouldHaveSingleItem().ErrorType.ShouldBe("NoMatchingError");
        result.Diagnostics.Single(d => d.Code == ActionMessages.TypeStub.Code).Message.ShouldContain("took its NoMatchingError branch");
    }

    [Fact]
    public async Task Run_OnlyAnotherErrorWired_TakesTheFirstErrorBranch()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Wisdom", Unrun, "{}", errors: [Err("InputTimeLimitExceeded", "Timeout")]), Mark("Timeout"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Timeout");
    }

    [Fact]
    public async Task Run_NoBranchAtAll_EndsTheFlowThere()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Say("Hi", "hi", "Wisdom"), Act("Wisdom", Unrun));

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Ended);
        result.Events.OfType<CallEndedEvent>().ShouldHaveSingleItem().Reason.ShouldBe("StartFutureFeature ran as a stub and has no branch to follow");
    }

    [Fact]
    public async Task Run_Strict_StopsWithTheUnsupportedTypeError()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Strict = true }, Say("Hi", "hi", "Wisdom"), Act("Wisdom", Unrun, "{}", "Hang up"), Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        result.Prompts.ShouldHaveSingleItem();
        var error = result.Diagnostics.Single(d => d.IsError);
        error.Code.ShouldBe(FlowMessages.UnsupportedActionType.Code);
        result.Diagnostics.ShouldNotContain(d => d.Code == ActionMessages.TypeStub.Code);
        error.Message.ShouldBe("unsupported action type StartFutureFeature at flow Main, action Wisdom");
    }

    [Fact]
    public async Task Run_StubInALoop_WarnsOnceAndTheStepLimitNamesTheLoop()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { StepLimit = 20 }, Act("Wisdom", Unrun, "{}", "Wisdom"));

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        result.Diagnostics.Count(d => d.Code == ActionMessages.TypeStub.Code).ShouldBe(1);
        result.Diagnostics.Single(d => d.IsError).Code.ShouldBe(FlowMessages.StepLimitExceeded.Code);
    }
}
