using System.Text.Json;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Storage.Yaml;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Commands;

[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
public sealed class InvokeCommandDynamoDbTests(DynaliteFixture dynalite)
{
    [Fact]
    public async Task Invoke_WithDynamoDbStore_ReadsTheSeededTablesThroughTheEndpoint()
    {
        // Arrange: the sample tenant written to fresh tables of a real DynamoDB API (dynalite).
        var tables = await dynalite.CreateTablesAsync();
        using (var client = dynalite.CreateClient())
        {
            await new DynamoRoutingWriter(client, tables).WriteAsync(RoutingYamlLoader.LoadEmbedded(), CancellationToken.None);
        }
        var environment = DynamoEnvironment(tables);

        // Act
        var run = await DccRun.RunAsync(environment, "invoke", "GetDynAttributes", "--number", "+14443332222",
            "--store", "dynamodb", "--endpoint-url", dynalite.ServiceUrl.ToString(), "--region", DynaliteFixture.Region);

        // Assert
        run.ExitCode.ShouldBe(0, run.Error);
        using var response = JsonDocument.Parse(run.Output);
        response.RootElement.GetProperty("language").GetString().ShouldBe("French");
        response.RootElement.GetProperty("name").GetString().ShouldBe("French line");
    }

    [Fact]
    public async Task Invoke_WithDynamoDbStoreAndMissingTables_FailsNamingTheTable()
    {
        var environment = DynamoEnvironment(RoutingTableNames.Default.WithPrefix("absent-"));

        var run = await DccRun.RunAsync(environment, "invoke", "GetDynAttributes", "--number", "+14443332222",
            "--store", "dynamodb", "--endpoint-url", dynalite.ServiceUrl.ToString(), "--region", DynaliteFixture.Region);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("absent-DialedNumbers");
    }

    private static Dictionary<string, string> DynamoEnvironment(RoutingTableNames tables)
    {
        // Credentials: the SDK reads the suite's pinned dummy keys (AmbientAws.Pinned); dynalite accepts any.
        return new Dictionary<string, string>
        {
            [RoutingTableNames.EnvironmentsVariable] = tables.Environments,
            [RoutingTableNames.DialedNumbersVariable] = tables.DialedNumbers,
            [RoutingTableNames.PromptsVariable] = tables.Prompts,
        };
    }
}
