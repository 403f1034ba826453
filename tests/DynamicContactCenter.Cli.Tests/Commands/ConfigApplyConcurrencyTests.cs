using Amazon.DynamoDBv2.Model;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Commands;

/// <summary><c>dcc config apply --concurrency N</c> (issue #15).</summary>
[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
[Trait("Issue", "15")]
public sealed class ConfigApplyConcurrencyTests(DynaliteFixture dynalite)
{
    [Fact]
    public async Task ConfigApply_ConcurrencyOne_WritesRowByRowInThePlansOrder()
    {
        var tables = await dynalite.CreateTablesAsync();

        var run = await Dcc(tables, "--concurrency", "1");

        run.ExitCode.ShouldBe(0, run.Error);
        var lines = run.Output.Split('\n').Where(l => l.StartsWith('[')).Select(l => l.TrimEnd()).ToList();
        lines.ShouldBe([
            "[1/9] + Prompts English", "[2/9] + Prompts French", "[3/9] + Prompts Spanish",
            "[4/9] + DialedNumbers +14443330000", "[5/9] + DialedNumbers +14443331111", "[6/9] + DialedNumbers +14443332222", "[7/9] + DialedNumbers default",
            "[8/9] + Environments dev", "[9/9] + Environments prod",
        ]);
        (await RawItemsAsync(tables.DialedNumbers)).Count.ShouldBe(4);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("many")]
    [InlineData("257")]
    public async Task ConfigApply_ConcurrencyOutOfRange_ExitsTwoNamingTheValueAndWritesNothing(string value)
    {
        var tables = await dynalite.CreateTablesAsync();

        var run = await Dcc(tables, "--concurrency", value);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"DCC1414: --concurrency '{value}' is not valid: expected a whole number from 1 to 256");
        (await RawItemsAsync(tables.DialedNumbers)).ShouldBeEmpty();
    }

    private async Task<DccRun> Dcc(RoutingTableNames tables, params string[] args) =>
        await DccRun.RunAsync(["config", "apply", RepositoryPaths.RoutingYaml, "--yes", .. args,
            "--endpoint-url", dynalite.ServiceUrl.ToString(), "--region", DynaliteFixture.Region,
            "--table-prefix", tables.Environments[..^RoutingTableNames.Default.Environments.Length]]);

    private async Task<List<Dictionary<string, AttributeValue>>> RawItemsAsync(string table)
    {
        using var client = dynalite.CreateClient();
        return (await client.ScanAsync(new ScanRequest(table) { ConsistentRead = true })).Items;
    }
}
