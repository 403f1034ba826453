using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution;

public sealed class FlowInterpreterTests
{
    [Fact]
    public async Task RunAsync_EndlessLoop_StopsAtStepLimitNamingFlowAndAction()
    {
        // Arrange
        var request = CallHarness.Request() with { StepLimit = 25 };

        // Act
        var result = await CallHarness.RunFlowAsync(request, Say("Ping", "ping", "Pong"), Say("Pong", "pong", "Ping"));

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        result.Steps.ShouldBe(26);
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(FlowMessages.StepLimitExceeded.Code);
        (error.Location.Flow, error.Location.ActionId).ShouldBe(("Main", "Pong"));
        error.Message.ShouldBe("the call ran 25 actions without ending; stopped at the step limit in the loop Ping → Pong → Ping (flow Main).");
        result.Events[^1].ShouldBeOfType<DiagnosticEvent>();
    }

    [Fact]
    public async Task RunAsync_StepLimitInALoopAcrossFlows_NamesTheActionsOfTheLoop()
    {
        // Arrange: a flow that transfers to a flow that transfers back, with a prompt on the way.
        using var harness = new CallHarness(
            ("Main", Flow(Say("Intro", "intro", "Ping"), Say("Ping", "ping", "Go"), Act("Go", "TransferToFlow", "{\"ContactFlowId\":\"Other\"}", errors: [Err("NoMatchingError", "Ping")]))),
            ("Other", Flow(Act("Back", "TransferToFlow", "{\"ContactFlowId\":\"Main\"}", errors: [Err("NoMatchingError", "Back")]))));

        // Act
        var result = await harness.RunAsync(CallHarness.Request() with { StepLimit = 30 }, new InterpreterOptions { MaxFlowTransfers = 1000 });

        // Assert: each transfer starts Main again at its start, so the loop is the whole round trip, named from where it began.
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(FlowMessages.StepLimitExceeded.Code);
        error.Message.ShouldEndWith("in the loop Main: Intro → Main: Ping → Main: Go → Other: Back → Main: Intro.");
    }

    [Fact]
    public async Task RunAsync_UnsupportedActionReachedStrict_StopsWithExactMessage()
    {
        // Act: a documented type we do not run; without --strict it is a stub (UnsupportedTypeStubExecutorTests).
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Strict = true }, Say("Hi", "hi", "Bot"),
            Act("Bot", "StartFutureFeature", "{}", "Hang up"), Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        result.Prompts.ShouldHaveSingleItem();
        var error = result.Diagnostics.Single(d => d.IsError);
        error.Code.ShouldBe(FlowMessages.UnsupportedActionType.Code);
        error.Message.ShouldBe("unsupported action type StartFutureFeature at flow Main, action Bot");
    }

    [Fact]
    public async Task RunAsync_UnsupportedActionNotReached_RunsNormally()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Disconnect(), Act("Bot", "FutureActionType", "{}", "Hang up"));

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
    }

    [Fact]
    public async Task RunAsync_PlaceholderWithNoValue_Strict_StopsWhenReachedNamingField()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Strict = true },
            Act("Call", "InvokeLambdaFunction", """{"LambdaFunctionARN":"${MissingFunctionArn}"}""", "Hang up"), Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(FlowMessages.UnresolvedPlaceholder.Code);
        (error.Location.Flow, error.Location.ActionId, error.Location.Field).ShouldBe(("Main", "Call", "Parameters.LambdaFunctionARN"));
        error.Message.ShouldContain("${MissingFunctionArn}");
    }

    [Fact]
    public async Task RunAsync_PlaceholdersFromInstanceAndRequest_AreSubstituted()
    {
        // Arrange
        using var harness = new CallHarness(("Main", Flow(Say("Hi", "${Greeting} in ${Environment}", "Hang up"), Disconnect())));
        var request = CallHarness.Request() with { Placeholders = new Dictionary<string, string> { ["Environment"] = "dev" } };

        // Act
        var result = await harness.RunAsync(request);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Hello from a placeholder in dev");
    }

    [Fact]
    public async Task RunAsync_NoStartFlowGiven_StartsInstanceDefaultFlow()
    {
        // Arrange
        using var harness = new CallHarness(("Main", Flow(Say("Hi", "default flow", "Hang up"), Disconnect())));

        // Act
        var result = await harness.RunAsync(CallHarness.Request() with { StartFlow = null });

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("default flow");
    }

    [Fact]
    public async Task RunAsync_UnknownStartFlow_ErrorsWithUnknownFlow()
    {
        // Arrange
        using var harness = new CallHarness(("Main", Flow(Disconnect())));

        // Act
        var result = await harness.RunAsync(CallHarness.Request() with { StartFlow = "Elsewhere" });

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(FlowMessages.UnknownFlow.Code);
    }

    [Fact]
    public async Task RunAsync_StartFlowFileThatDoesNotParse_ErrorsWithParserDiagnostic()
    {
        // Arrange
        using var harness = new CallHarness(("Main", "{ broken"));

        // Act
        var result = await harness.RunAsync();

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(FlowMessages.InvalidJson.Code);
    }

    [Fact]
    public async Task RunAsync_InvalidInputDigits_ErrorsBeforeRunning()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { InputDigits = "12a" }, Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        result.Steps.ShouldBe(0);
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(FlowMessages.InvalidCallRequest.Code);
        error.Location.Field.ShouldBe("InputDigits");
        error.Message.ShouldBe("the call's input digits '12a' is not usable; expected only 0-9, *, # and , (a pause), not 'a'.");
    }

    [Fact]
    public async Task RunAsync_SuccessWithoutNextAction_StopsWithMissingBranch()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Say("Dead end", "hello"));

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        var error = result.Diagnostics.ShouldHaveSingleItem();
        (error.Code, error.Location.ActionId, error.Location.Field).ShouldBe((FlowMessages.MissingBranch.Code, "Dead end", "Transitions"));
    }

    [Fact]
    public async Task RunAsync_ErrorPathThenDisconnect_IsDisconnectedNotError()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null,
            Act("Transfer", "TransferContactToQueue", "{}", "Sorry", errors: [Err("NoMatchingError", "Sorry")]), Say("Sorry", "sorry", "Hang up"), Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
        result.Events.OfType<ErrorBranchEvent>().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task RunAsync_Cancelled_ReturnsErrorWithoutThrowing()
    {
        // Arrange
        using var harness = new CallHarness(("Main", Flow(Disconnect())));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        // Act
        var result = await new FlowInterpreter(harness.Instance, harness.Catalog, harness.Invoker).RunAsync(CallHarness.Request(), cancelled.Token);

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(FlowMessages.Cancelled.Code);
    }

    [Fact]
    public async Task RunAsync_ExportedFlowFileWithStubbedFunction_QueuesAndSaysHowTheLambdaWasServed()
    {
        // Arrange: the export names a function the instance does not know; a stub answers for it.
        using var harness = new CallHarness();
        var yaml = File.ReadAllText(harness.InstancePath).Replace("  Stubbed:\n    arn: " + CallHarness.StubbedArn, "  Stubbed:\n    arn: arn:aws:lambda:us-east-1:999999999999:function:crm-lookup", StringComparison.Ordinal);
        File.WriteAllText(harness.InstancePath, yaml);
        var instance = Flows.Instance.InstanceModelLoader.LoadFile(harness.InstancePath).Value!;
        var file = Path.Combine(AppContext.BaseDirectory, "Execution", "Actions", "Flows", "ExportedQueueTransfer.json");
        var sut = new FlowInterpreter(instance, new Flows.Catalog.FlowCatalog(instance), harness.Invoker);

        // Act
        var result = await sut.RunAsync(CallHarness.Request() with { StartFlow = file }, CancellationToken.None);

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Queued);
        result.Queue!.Name.ShouldBe("English");
        result.Events.OfType<FlowStartedEvent>().ShouldHaveSingleItem().Flow.ShouldBe("Exported queue transfer");
        result.Events.OfType<LambdaCalledEvent>().ShouldHaveSingleItem().ServedBy.ShouldBe("stub");
        result.Events.OfType<CheckEvent>().ShouldHaveSingleItem().Branch.ShouldBe("Equals VIP");
    }
}
