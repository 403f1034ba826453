using DynamicContactCenter.Flows.Scenarios;
using DynamicContactCenter.Local.Scenarios;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage;

namespace DynamicContactCenter.Cli.Tests.Scenarios;

public sealed class FaultInjectionTests
{
    public static TheoryData<ScenarioFaultKind, string?, string?, bool> FunctionFaults => new()
    {
        { ScenarioFaultKind.FunctionThrows, null, "Unhandled: injected fault", false },
        { ScenarioFaultKind.FunctionTimesOut, null, null, true },
        { ScenarioFaultKind.FunctionReturnsNested, FaultMocks.NestedResponse, null, false },
        { ScenarioFaultKind.FunctionReturnsNotJson, FaultMocks.NotJsonResponse, null, false },
    };

    [Theory]
    [MemberData(nameof(FunctionFaults))]
    public void ToMock_FunctionFault_AnswersTheFaultForThatFunctionOnly(ScenarioFaultKind kind, string? body, string? error, bool timesOut)
    {
        // Act
        var mock = FaultMocks.ToMock(new ScenarioFault(kind, "GetPrompts"));

        // Assert: the fault's mock answers GetPrompts by its instance-model name and ARN, and nothing else.
        var answer = mock.Answers.ShouldHaveSingleItem();
        (answer.ResponseJson, answer.Throws, answer.TimesOut).ShouldBe((body, error, timesOut));
        mock.Label.ShouldBe("fault");
        mock.Matches("arn:aws:lambda:us-east-1:1:function:GetPrompts", "GetPrompts").ShouldBeTrue();
        mock.Matches("arn:aws:lambda:us-east-1:1:function:GetLambdas", "GetLambdas").ShouldBeFalse();
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
