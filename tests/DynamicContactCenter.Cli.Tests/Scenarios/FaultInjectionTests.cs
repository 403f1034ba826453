using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Scenarios;
using DynamicContactCenter.Local.Scenarios;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage;

namespace DynamicContactCenter.Cli.Tests.Scenarios;

public sealed class FaultInjectionTests
{
    private sealed class EchoInvoker : ILambdaInvoker
    {
        public Task<LambdaInvocationResult> InvokeAsync(string functionArn, string eventJson, TimeSpan timeLimit, CancellationToken cancellationToken) =>
            Task.FromResult(LambdaInvocationResult.Success("{\"served\":\"" + functionArn + "\"}", TimeSpan.Zero));
    }

    public static TheoryData<ScenarioFaultKind, bool, bool, string?> FunctionFaults => new()
    {
        { ScenarioFaultKind.FunctionThrows, false, false, null },
        { ScenarioFaultKind.FunctionTimesOut, false, true, null },
        { ScenarioFaultKind.FunctionReturnsNested, true, false, FaultInjectingInvoker.NestedResponse },
        { ScenarioFaultKind.FunctionReturnsNotJson, true, false, FaultInjectingInvoker.NotJsonResponse },
    };

    [Theory]
    [MemberData(nameof(FunctionFaults))]
    public async Task InvokeAsync_FaultedFunction_AnswersTheFaultAndLeavesOthersAlone(ScenarioFaultKind kind, bool answers, bool timedOut, string? body)
    {
        // Arrange
        var sut = new FaultInjectingInvoker(new EchoInvoker(), [new ScenarioFault(kind, "GetPrompts")]);

        // Act
        var faulted = await sut.InvokeAsync("arn:aws:lambda:us-east-1:1:function:dcc-dev-GetPrompts", "{}", TimeSpan.FromSeconds(8), CancellationToken.None);
        var other = await sut.InvokeAsync("GetLambdas", "{}", TimeSpan.FromSeconds(8), CancellationToken.None);

        // Assert
        (faulted.ResponseJson is not null).ShouldBe(answers);
        faulted.ResponseJson.ShouldBe(body);
        faulted.TimedOut.ShouldBe(timedOut);
        if (timedOut) faulted.Duration.ShouldBe(TimeSpan.FromSeconds(8));
        other.ResponseJson.ShouldBe("{\"served\":\"GetLambdas\"}");
    }

    [Fact]
    public async Task FaultyRoutingStore_OneTableUnavailable_ThrowsRoutingStoreExceptionForThatTableOnly()
    {
        // Arrange
        var sut = new FaultyRoutingStore(InMemoryRoutingStore.Default, [new ScenarioFault(ScenarioFaultKind.StoreUnavailable, nameof(RoutingTable.DialedNumbers))]);

        // Act
        var exception = await Should.ThrowAsync<RoutingStoreException>(async () => await sut.GetDialedNumberAsync("+14443330000", CancellationToken.None));
        var prompts = await sut.GetPromptSetAsync("English", CancellationToken.None);

        // Assert
        exception.Table.ShouldBe(RoutingTable.DialedNumbers);
        exception.Key.ShouldBe("+14443330000");
        prompts.ShouldNotBeNull();
    }

    [Fact]
    public async Task FaultyRoutingStore_MissingLanguage_ReturnsNullForThatLanguageOnly()
    {
        // Arrange
        var sut = new FaultyRoutingStore(InMemoryRoutingStore.Default, [new ScenarioFault(ScenarioFaultKind.LanguageMissing, "Spanish")]);

        // Act
        var spanish = await sut.GetPromptSetAsync("Spanish", CancellationToken.None);
        var french = await sut.GetPromptSetAsync("French", CancellationToken.None);

        // Assert
        spanish.ShouldBeNull();
        french!.Voice.ShouldBe("Chantal");
    }
}
