using System.Text.Json;
using DynamicContactCenter.Functions.Handlers;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.Tests.TestHelpers;
using DynamicContactCenter.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DynamicContactCenter.Functions.Tests.Hosting;

public sealed class FunctionHostTests
{
    [Theory]
    [InlineData("GetPrompts")]
    [InlineData("getprompts")]
    [InlineData("get-prompts")]
    [InlineData("getPrompts.lambda_handler")]
    public async Task Invoke_HandlerSpellings_ResolveToTheSameFunction(string name)
    {
        // Arrange
        var sut = new FunctionHost(new FakeRoutingStore(SampleRoutingData.Tenant()));

        // Act
        var outcome = await sut.InvokeAsync(name, ConnectEvents.Create(attributes: new Dictionary<string, string> { ["Language"] = "English" }));

        // Assert
        outcome.Function.ShouldBe(FunctionNames.GetPrompts);
        outcome.Succeeded.ShouldBeTrue(outcome.ErrorMessage);
    }

    [Fact]
    public void Resolve_GetDynamicAttributes_MeansGetDynAttributes() =>
        FunctionNames.Resolve("GetDynamicAttributes").ShouldBe(FunctionNames.GetDynAttributes);

    [Fact]
    public async Task Invoke_UnknownFunction_FailsListingTheFour()
    {
        // Arrange
        var sut = new FunctionHost(new FakeRoutingStore(SampleRoutingData.Tenant()));

        // Act
        var outcome = await sut.InvokeAsync("GetWeather", "{}");

        // Assert
        outcome.ErrorType.ShouldBe(ErrorTypes.NoSuchHandler);
        outcome.ErrorMessage.ShouldStartWith(FunctionMessages.UnknownFunction.Code);
        outcome.ErrorMessage.ShouldContain("GetLambdas, GetDynAttributes, GetPrompts, SeedTables");
    }

    [Fact]
    public async Task Invoke_Success_WritesOneJsonLogLineWithRequestFunctionContactOutcomeAndMilliseconds()
    {
        // Arrange
        var log = new StringWriter();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
        var sut = new FunctionHost(new FakeRoutingStore(SampleRoutingData.Tenant()), new FunctionHostOptions { Log = log, TimeProvider = time });

        // Act
        await sut.InvokeAsync(FunctionNames.GetDynAttributes, System.Text.Encoding.UTF8.GetBytes(ConnectEvents.Create()), "req-1", DateTimeOffset.MaxValue, default);

        // Assert
        var lines = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1);
        using var line = JsonDocument.Parse(lines[0]);
        var root = line.RootElement;
        root.GetProperty("requestId").GetString().ShouldBe("req-1");
        root.GetProperty("function").GetString().ShouldBe(FunctionNames.GetDynAttributes);
        root.GetProperty("contactId").GetString().ShouldBe(ConnectEvents.ContactId);
        root.GetProperty("outcome").GetString().ShouldBe("success");
        root.GetProperty("ms").GetDouble().ShouldBeGreaterThanOrEqualTo(0);
        root.GetProperty("time").GetString().ShouldBe("2026-03-02T10:00:00.0000000+00:00");
    }

    [Fact]
    public async Task Invoke_Failure_LogsErrorTypeAndMessage()
    {
        // Arrange
        var log = new StringWriter();
        var sut = new FunctionHost(new FakeRoutingStore(SampleRoutingData.Tenant()), new FunctionHostOptions { Log = log });

        // Act
        await sut.InvokeAsync(FunctionNames.GetDynAttributes, "not json");

        // Assert
        using var line = JsonDocument.Parse(log.ToString());
        line.RootElement.GetProperty("outcome").GetString().ShouldBe("error");
        line.RootElement.GetProperty("level").GetString().ShouldBe("ERROR");
        line.RootElement.GetProperty("errorType").GetString().ShouldBe(ErrorTypes.InvalidEvent);
        line.RootElement.GetProperty("contactId").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Invoke_StoreThrowsUnexpectedException_FailsWithItsTypeMessageAndStack()
    {
        // Arrange
        var sut = new FunctionHost(new ThrowingStore());

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.GetDynAttributes, ConnectEvents.Create());

        // Assert
        outcome.ErrorType.ShouldBe(nameof(InvalidOperationException));
        outcome.ErrorMessage.ShouldBe("bug in the store");
        outcome.StackTrace.ShouldNotBeEmpty();
    }

    private sealed class ThrowingStore : Routing.IRoutingStore
    {
        public ValueTask<Routing.Model.EnvironmentEntry?> GetEnvironmentAsync(string environment, CancellationToken cancellationToken) => throw new InvalidOperationException("bug in the store");
        public ValueTask<Routing.Model.DialedNumber?> GetDialedNumberAsync(string number, CancellationToken cancellationToken) => throw new InvalidOperationException("bug in the store");
        public ValueTask<Routing.Model.PromptSet?> GetPromptSetAsync(string language, CancellationToken cancellationToken) => throw new InvalidOperationException("bug in the store");
    }
}
