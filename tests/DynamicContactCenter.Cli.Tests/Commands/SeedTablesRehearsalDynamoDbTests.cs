using System.Text.Json;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Storage.Yaml;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Commands;

/// <summary>Issue #14, "the seeder cannot be rehearsed": <c>dcc invoke SeedTables --request-type create|update|delete</c> runs the stack's
/// seeder against a real DynamoDB API (dynalite) and prints the answer it would PUT to CloudFormation's ResponseURL.</summary>
[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
public sealed class SeedTablesRehearsalDynamoDbTests(DynaliteFixture dynalite)
{
    private Task<DccRun> SeedAsync(RoutingTableNames tables, string requestType) =>
        DccRun.RunAsync(new Dictionary<string, string>
        {
            [RoutingTableNames.EnvironmentsVariable] = tables.Environments,
            [RoutingTableNames.DialedNumbersVariable] = tables.DialedNumbers,
            [RoutingTableNames.PromptsVariable] = tables.Prompts,
        },
            "invoke", "SeedTables", "--request-type", requestType, "--environment", "prod",
            "--store", "dynamodb", "--endpoint-url", dynalite.ServiceUrl.ToString(), "--region", DynaliteFixture.Region);

    private async Task<RoutingRows> RowsAsync(RoutingTableNames tables)
    {
        using var client = dynalite.CreateClient();
        return await new DynamoRoutingReader(client, tables).ReadAllAsync(CancellationToken.None);
    }

    [Fact]
    public async Task InvokeSeedTables_CreateThenDelete_WritesTheStacksRowsThenRemovesThemAndPrintsEachAnswer()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        var sample = RoutingYamlLoader.LoadEmbedded();

        // Act
        var create = await SeedAsync(tables, "create");
        var afterCreate = await RowsAsync(tables);
        var delete = await SeedAsync(tables, "delete");
        var afterDelete = await RowsAsync(tables);

        // Assert: Create answered SUCCESS and wrote the prod row, every number and every language; Delete, naming the resource
        // Create answered, removed them all.
        create.ExitCode.ShouldBe(0, create.Error);
        using (var answer = JsonDocument.Parse(create.Output))
        {
            answer.RootElement.GetProperty("Status").GetString().ShouldBe("SUCCESS");
            answer.RootElement.GetProperty("LogicalResourceId").GetString().ShouldBe("RoutingData");
            answer.RootElement.GetProperty("PhysicalResourceId").GetString().ShouldStartWith("dcc-seed-RoutingData-");
        }

        afterCreate.Environments.Select(e => e.Environment).ShouldBe(["prod"]);
        afterCreate.DialedNumbers.Select(n => n.Number).Order(StringComparer.Ordinal).ShouldBe(sample.DialedNumbers.Select(n => n.Number).Order(StringComparer.Ordinal));
        afterCreate.Languages.Select(l => l.Language).Order(StringComparer.Ordinal).ShouldBe(sample.Languages.Select(l => l.Language).Order(StringComparer.Ordinal));

        delete.ExitCode.ShouldBe(0, delete.Error);
        using (var answer = JsonDocument.Parse(delete.Output))
        {
            answer.RootElement.GetProperty("Status").GetString().ShouldBe("SUCCESS");
        }

        afterDelete.Environments.ShouldBeEmpty();
        afterDelete.DialedNumbers.ShouldBeEmpty();
        afterDelete.Languages.ShouldBeEmpty();
    }

    [Fact]
    public async Task InvokeSeedTables_WithYamlStore_SaysItWritesDynamoDbTables()
    {
        // Act
        var run = await DccRun.RunAsync("invoke", "SeedTables", "--request-type", "create");

        // Assert
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("error DCC4621: SeedTables writes the DynamoDB routing tables: rehearse it with --store dynamodb --endpoint-url");
    }

    [Theory]
    [InlineData("SeedTables")]
    [InlineData("GetDynAttributes")]
    public async Task Invoke_DynamoDbStoreWithNoEndpointOrRegion_SaysWhatToGiveInsteadOfAnInternalError(string function)
    {
        // Act
        string[] seed = function == "SeedTables" ? ["--request-type", "create"] : [];
        var run = await DccRun.RunAsync(["invoke", function, .. seed, "--store", "dynamodb"]);

        // Assert
        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldContain("error DCC4620: --store dynamodb needs to know where the tables are: give --endpoint-url");
        run.Error.ShouldNotContain("DCC4603");
    }

    [Fact]
    public async Task InvokeSeedTables_UnknownRequestType_NamesTheValueAndWhatIsExpected()
    {
        // Act
        var run = await DccRun.RunAsync("invoke", "SeedTables", "--request-type", "remove", "--store", "dynamodb", "--endpoint-url", dynalite.ServiceUrl.ToString());

        // Assert
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("error DCC4622: --request-type 'remove' is not valid: expected create, update or delete.");
    }
}
