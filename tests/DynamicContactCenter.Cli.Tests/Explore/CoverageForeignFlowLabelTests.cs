using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Explore;

/// <summary>Issue #14, "foreign flows read as UUIDs", in listings: the coverage gaps <c>dcc explore</c> and <c>dcc test --coverage</c>
/// list (one renderer) name a designer export's actions by what they do (ActionLabel), as graphs and transcripts do.</summary>
public sealed class CoverageForeignFlowLabelTests
{
    // AWS's BankID sample (amazon-connect-snippets), a designer export: every Identifier is a UUID (as GraphForeignFlowLabelTests).
    private static readonly string BankIdFlow = RepositoryPaths.Combine("tests", "corpus", "amazon-connect-snippets", "projects", "BankIDAuth", "code", "deploy-contact-flow", "contact-flow.json");

    [Fact]
    public async Task Explore_DesignerExport_ListsUnreachedActionsByWhatTheyDo()
    {
        // Act: one call leaves most of the flow unreached.
        var run = await DccRun.RunAsync("explore", BankIdFlow, "--max-paths", "1",
            "--routing", RepositoryPaths.RoutingYaml, "--instance", RepositoryPaths.Combine("config", "instance.yaml"));

        // Assert
        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Output.ShouldContain("uncovered 'compare $.External.status' (Compare): never ran");
        run.Output.ShouldContain("uncovered 'set queue REPLACE_WITH_SAMPLE_BASIC_QUEUE_ARN' (UpdateContactTargetQueue): never ran");
        run.Output.ShouldContain("uncovered 'call REPLACE_WITH_LAMBDA_FUNCTION_ARN' (InvokeLambdaFunction): branch NextAction never taken");
        run.Output.ShouldNotContain("6162763b-e43c-455b-8330-196642f37027");
    }
}
