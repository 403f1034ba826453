using DynamicContactCenter.Functions.Configuration;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.Runtime;
using DynamicContactCenter.Functions.Tests.TestHelpers;
using DynamicContactCenter.Local;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Functions.Tests.Hosting;

[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
public sealed class LambdaEntryPointDynaliteTests(DynaliteFixture dynalite)
{
    [Fact]
    public async Task Run_TableSettings_ServesGetDynAttributesFromDynamoDb()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        using (var client = dynalite.CreateClient())
        {
            await new DynamoRoutingWriter(client, tables).WriteAsync(SampleRoutingData.Tenant(), CancellationToken.None);
        }

        await using var emulator = LocalRuntimeApi.Start();
        using var runtimeClient = new RuntimeApiClient(emulator.Address);
        var (settings, errors) = FunctionSettings.Read(new FakeEnvironmentVariables(new()
        {
            ["_HANDLER"] = "GetDynAttributes",
            ["DCC_RUN_ONCE"] = "1",
            ["AWS_REGION"] = DynaliteFixture.Region,
            ["AWS_ENDPOINT_URL_DYNAMODB"] = dynalite.ServiceUrl.ToString(),
            ["ENVIRONMENTS_TABLE"] = tables.Environments,
            ["DIALED_NUMBERS_TABLE"] = tables.DialedNumbers,
            ["PROMPTS_TABLE"] = tables.Prompts,
        }));

        // Act
        var run = LambdaEntryPoint.RunAsync(settings, errors, runtimeClient, TextWriter.Null, TextWriter.Null, TimeProvider.System, CancellationToken.None);
        var result = await emulator.InvokeAsync(ConnectEvents.Create(SampleRoutingData.FrenchNumber));
        await run;

        // Assert
        result.Succeeded.ShouldBeTrue(result.ErrorMessage);
        ConnectEvents.ReadMap(result.ResponseJson!)["queue"].ShouldBe(SampleRoutingData.QueueArn(3));
    }

    [Fact]
    [Trait("Issue", "10")]
    public async Task Run_ApplyLockRowPresent_CallerDialingItsKeyGetsTheDefaultRowAndNoBookkeeping()
    {
        // Arrange: `dcc config apply` holds its lock (a row in DialedNumbers whose only attribute is a Map).
        var tables = await dynalite.CreateTablesAsync();
        using (var client = dynalite.CreateClient())
        {
            await new DynamoRoutingWriter(client, tables).WriteAsync(SampleRoutingData.Tenant(), CancellationToken.None);
            await client.PutItemAsync(tables.DialedNumbers, new Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue>
            {
                [RoutingTableSchema.DialedNumberKey] = new(RoutingTableSchema.ApplyLockKey),
                ["dcc:lock"] = new() { M = new() { ["id"] = new("x"), ["holder"] = new("dcc config apply (process 1 on h)"), ["expires"] = new() { N = "1" } } },
            });
        }

        await using var emulator = LocalRuntimeApi.Start();
        using var runtimeClient = new RuntimeApiClient(emulator.Address);
        var (settings, errors) = FunctionSettings.Read(new FakeEnvironmentVariables(new()
        {
            ["_HANDLER"] = "GetDynAttributes",
            ["DCC_RUN_ONCE"] = "1",
            ["AWS_REGION"] = DynaliteFixture.Region,
            ["AWS_ENDPOINT_URL_DYNAMODB"] = dynalite.ServiceUrl.ToString(),
            ["ENVIRONMENTS_TABLE"] = tables.Environments,
            ["DIALED_NUMBERS_TABLE"] = tables.DialedNumbers,
            ["PROMPTS_TABLE"] = tables.Prompts,
        }));
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "dcc-test");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "dcc-test");

        // Act
        var run = LambdaEntryPoint.RunAsync(settings, errors, runtimeClient, TextWriter.Null, TextWriter.Null, TimeProvider.System, CancellationToken.None);
        var result = await emulator.InvokeAsync(ConnectEvents.Create(RoutingTableSchema.ApplyLockKey));
        await run;

        // Assert: the lock row is not a number: the caller gets the default row, and nothing of the lock.
        result.Succeeded.ShouldBeTrue(result.ErrorMessage);
        ConnectEvents.ReadMap(result.ResponseJson!)["queue"].ShouldBe(SampleRoutingData.QueueArn(1));
        result.ResponseJson!.ShouldNotContain("dcc config apply");
    }
}
