namespace DynamicContactCenter.Cli.Tests.Commands;

/// <summary>The CLI reads the three table-name variables by the deployed functions' rule (all three or none, blank is unset): a
/// partial set is a setup error naming the variables, never a silent mix of given and default names.</summary>
[Trait("Issue", "11")]
public sealed class TableNameVariablesTests
{
    // Nothing listens there: the commands must stop before any request.
    private const string NoServer = "http://127.0.0.1:9";

    private static readonly Dictionary<string, string> OnlyEnvironments = new() { ["ENVIRONMENTS_TABLE"] = "dcc-prod-Environments" };

    [Fact]
    public async Task Invoke_OnlyOneTableVariableSet_ExitsTwoNamingTheRule()
    {
        // Act
        var run = await DccRun.RunAsync(OnlyEnvironments, "invoke", "GetLambdas", "--store", "dynamodb", "--endpoint-url", NoServer, "--region", "us-east-1");

        // Assert
        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldContain("DCC4021");
        run.Error.ShouldContain("Set all three table variables (ENVIRONMENTS_TABLE, DIALED_NUMBERS_TABLE, PROMPTS_TABLE) or none; only ENVIRONMENTS_TABLE set.");
    }

    [Fact]
    public async Task ConfigPlan_OnlyOneTableVariableSet_ExitsOneNamingTheRule()
    {
        // Act
        var run = await DccRun.RunAsync(OnlyEnvironments, "config", "plan", Testing.RepositoryPaths.RoutingYaml, "--endpoint-url", NoServer, "--region", "us-east-1");

        // Assert: plan exits 1 when it cannot reach the tables it names, as for a missing stack (docs/config.md).
        run.ExitCode.ShouldBe(1, run.Error);
        run.Error.ShouldContain("only ENVIRONMENTS_TABLE set.");
    }

    [Fact]
    public async Task Call_OnlyOneTableVariableSet_ExitsTwoBeforePlayingTheCall()
    {
        // Act
        var run = await DccRun.RunAsync(OnlyEnvironments, "call", "+14443330000", "--store", "dynamodb", "--endpoint-url", NoServer, "--region", "us-east-1");

        // Assert
        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldContain("only ENVIRONMENTS_TABLE set.");
        run.Output.ShouldBeEmpty();
    }
}
