using Amazon.DynamoDBv2.Model;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Commands;

/// <summary><c>dcc config ... --tables-from-stack</c> end to end: table names from a fake stack's outputs, rows in dynalite.</summary>
[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
[Trait("Issue", "6")]
public sealed class ConfigTablesFromStackDynamoDbTests(DynaliteFixture dynalite) : IDisposable
{
    private const string Stack = "dcc-prod";

    private readonly ConfigTablesFromStackTests.FakeStackEndpoint _cloudFormation = new();

    public void Dispose() => _cloudFormation.Dispose();

    [Fact]
    public async Task ConfigPlan_TablesFromStack_PlansAgainstTheTablesTheStackNames()
    {
        // Arrange
        var tables = await StackWithTablesAsync();

        // Act
        var run = await Dcc("plan", RepositoryPaths.RoutingYaml);

        // Assert
        run.ExitCode.ShouldBe(2, run.Error);
        run.Output.ShouldContain($"DynamoDB tables {tables.Environments}, {tables.DialedNumbers}, {tables.Prompts} at {dynalite.ServiceUrl}");
        run.Output.ShouldContain($"(from the outputs of CloudFormation stack {Stack})");
        run.Output.ShouldContain($"DialedNumbers ({tables.DialedNumbers}): 4 to add, 0 to change, 0 to remove");
        run.Output.ShouldContain("Plan: 9 to add, 0 to change, 0 to remove.");
        var request = _cloudFormation.Received.ShouldHaveSingleItem();
        request.Method.ShouldBe("POST");
        request.Body.ShouldBe("Action=DescribeStacks&StackName=dcc-prod&Version=2010-05-15");
        request.Headers["authorization"].ShouldMatch(@"^AWS4-HMAC-SHA256 Credential=dcc-test/\d{8}/us-east-1/cloudformation/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$");
        request.Headers["x-amz-date"].ShouldMatch(@"^\d{8}T\d{6}Z$");
    }

    [Fact]
    public async Task ConfigApplyThenExport_TablesFromStack_WriteAndReadTheStacksTables()
    {
        // Arrange
        var tables = await StackWithTablesAsync();

        // Act
        var apply = await Dcc("apply", RepositoryPaths.RoutingYaml, "--yes");
        var export = await Dcc("export");

        // Assert
        apply.ExitCode.ShouldBe(0, apply.Error);
        apply.Output.ShouldContain("Applied: 9 added, 0 changed, 0 removed (9 rows written).");
        using (var client = dynalite.CreateClient())
        {
            (await client.ScanAsync(new ScanRequest(tables.DialedNumbers) { ConsistentRead = true })).Items.Count.ShouldBe(4);
        }

        export.ExitCode.ShouldBe(0, export.Error);
        export.Output.ShouldContain("organisation: Alpha to Zulu Corp");
        export.Output.ShouldContain("\"+14443331111\":");
    }

    private async Task<RoutingTableNames> StackWithTablesAsync()
    {
        var tables = await dynalite.CreateTablesAsync();
        _cloudFormation.Body = CloudFormationAnswers.DescribeStacks(Stack, "CREATE_COMPLETE",
            ("EnvironmentsTableName", tables.Environments),
            ("DialedNumbersTableName", tables.DialedNumbers),
            ("PromptsTableName", tables.Prompts),
            ("InitFlowArn", "arn:aws:connect:us-east-1:123456789012:instance/x/contact-flow/y"));
        return tables;
    }

    private async Task<DccRun> Dcc(string subcommand, params string[] args)
    {
        return await DccRun.RunAsync(["config", subcommand, .. args,
            "--endpoint-url", dynalite.ServiceUrl.ToString(), "--region", DynaliteFixture.Region,
            "--tables-from-stack", Stack, "--cloudformation-endpoint-url", _cloudFormation.Endpoint.ToString()]);
    }
}
