using System.Text;
using DynamicContactCenter.Functions.Configuration;
using DynamicContactCenter.Functions.Handlers;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.Tests.TestHelpers;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Functions.Tests.Hosting;

/// <summary>
/// The functions over DynamoDB (dynalite, through the real SDK) when the endpoint hangs mid-life: each read is bounded by the
/// invocation's deadline minus <see cref="CurrentInvocation.AnswerMargin"/>, so a cached row is served, or a Dcc.* error
/// given, before the deadline, instead of after the SDK's whole retry budget (3 attempts of 1 s: past this 3 s deadline).
/// The clock is real here because the SDK's is; the bound asserted (the deadline) is the one Lambda enforces.
/// </summary>
[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HangingStoreTests(DynaliteFixture dynalite)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task GetLambdas_DynamoDbHangsAfterCaching_AnswersTheCachedRowsBeforeTheDeadline()
    {
        // Arrange: GetLambdas reads two rows (environment, default language's prompts); both cached, then the store hangs.
        var (host, proxy) = await HostOverHangableDynamoDbAsync();
        using var _ = proxy;
        var json = Encoding.UTF8.GetBytes(ConnectEvents.Create(parameters: new Dictionary<string, string> { ["environment"] = "prod" }));
        var primed = await host.InvokeAsync(FunctionNames.GetLambdas, json, "req-prime", DateTimeOffset.MaxValue, CancellationToken.None);
        proxy.Stall();

        // Act
        var (outcome, elapsed) = await InvokeWithDeadlineAsync(host, FunctionNames.GetLambdas, json);

        // Assert
        primed.Succeeded.ShouldBeTrue(primed.ErrorMessage);
        outcome.Succeeded.ShouldBeTrue(outcome.ErrorMessage);
        outcome.ResponseJson.ShouldBe(primed.ResponseJson);
        elapsed.ShouldBeLessThan(Deadline);
        outcome.Notes.Length.ShouldBe(2);
        outcome.Notes.ShouldAllBe(note => note.Contains("DCC4048"));
    }

    [Fact]
    public async Task GetPrompts_DynamoDbHangsAndNothingCached_FailsAsStoreUnavailableBeforeTheDeadline()
    {
        // Arrange
        var (host, proxy) = await HostOverHangableDynamoDbAsync();
        using var _ = proxy;
        proxy.Stall();
        var json = Encoding.UTF8.GetBytes(ConnectEvents.Create(attributes: new Dictionary<string, string> { ["Language"] = "French" }));

        // Act
        var (outcome, elapsed) = await InvokeWithDeadlineAsync(host, FunctionNames.GetPrompts, json);

        // Assert: a Dcc.* type with the reason, not a TaskCanceledException at the deadline.
        outcome.ErrorType.ShouldBe(ErrorTypes.StoreUnavailable);
        outcome.ErrorMessage.ShouldStartWith(FunctionMessages.StoreFailed.Code);
        outcome.ErrorMessage.ShouldContain("DCC4048");
        elapsed.ShouldBeLessThan(Deadline);
    }

    private static async Task<(FunctionOutcome Outcome, TimeSpan Elapsed)> InvokeWithDeadlineAsync(FunctionHost host, string function, byte[] json)
    {
        // As the runtime loop does: the deadline passed in, and the token cancelled when it comes.
        var started = TimeProvider.System.GetTimestamp();
        using var atDeadline = new CancellationTokenSource(Deadline);
        var outcome = await host.InvokeAsync(function, json, "req-hang", TimeProvider.System.GetUtcNow() + Deadline, atDeadline.Token);
        return (outcome, TimeProvider.System.GetElapsedTime(started));
    }

    private async Task<(FunctionHost Host, StallingProxy Proxy)> HostOverHangableDynamoDbAsync()
    {
        var tables = await dynalite.CreateTablesAsync();
        using (var client = dynalite.CreateClient())
        {
            await new Storage.DynamoDb.DynamoRoutingWriter(client, tables).WriteAsync(SampleRoutingData.Tenant(), CancellationToken.None);
        }

        var proxy = new StallingProxy(dynalite.ServiceUrl);
        var (settings, errors) = FunctionSettings.Read(new FakeEnvironmentVariables(new()
        {
            ["_HANDLER"] = "GetLambdas",
            ["AWS_REGION"] = DynaliteFixture.Region,
            ["AWS_ENDPOINT_URL_DYNAMODB"] = proxy.Url.ToString(),
            // Every read goes to the store, so the second invocation meets the hang with a cached row to fall back on.
            ["DCC_CACHE_TTL_SECONDS"] = "0",
            ["ENVIRONMENTS_TABLE"] = tables.Environments,
            ["DIALED_NUMBERS_TABLE"] = tables.DialedNumbers,
            ["PROMPTS_TABLE"] = tables.Prompts,
        }));
        errors.ShouldBeEmpty();
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "dcc-test");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "dcc-test");
        var (store, _, storeError) = DynamoDbStores.Create(settings, settings.Tables!, TimeProvider.System);
        storeError.ShouldBeNull();
        return (new FunctionHost(store!, new FunctionHostOptions { DefaultLanguage = settings.DefaultLanguage }), proxy);
    }
}
