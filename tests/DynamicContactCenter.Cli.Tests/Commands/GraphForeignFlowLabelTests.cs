using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Commands;

/// <summary>Issue #14, "foreign flows read as UUIDs": a flow exported from the designer (UUID identifiers) is drawn with each block
/// labelled by what it does; our own flows keep their names.</summary>
public sealed class GraphForeignFlowLabelTests
{
    // AWS's BankID sample (amazon-connect-snippets), a designer export: every Identifier is a UUID.
    private static readonly string BankIdFlow = RepositoryPaths.Combine("tests", "corpus", "amazon-connect-snippets", "projects", "BankIDAuth", "code", "deploy-contact-flow", "contact-flow.json");

    [Fact]
    public async Task Graph_DesignerExport_LabelsBlocksByPromptAttributeFunctionAndQueue()
    {
        // Act
        var run = await DccRun.RunAsync("graph", BankIdFlow, "--format", "mermaid");

        // Assert
        run.ExitCode.ShouldBe(0, run.Error);
        // Mermaid writes a quote inside a label as #quot;.
        run.Output.ShouldContain("says #quot;Hello, $.External.givenName. Please…#quot;");
        run.Output.ShouldContain("says #quot;This call is recorded for training…#quot;");
        run.Output.ShouldContain("compare $.External.status");
        run.Output.ShouldContain("call REPLACE_WITH_LAMBDA_FUNCTION_ARN");
        run.Output.ShouldContain("set queue REPLACE_WITH_SAMPLE_BASIC_QUEUE_ARN");
        run.Output.ShouldNotContain("6162763b-e43c-455b-8330-196642f37027");
    }

    [Fact]
    public async Task Graph_OurFlow_KeepsItsActionNames()
    {
        // Act
        var run = await DccRun.RunAsync("graph", "MainFlow", "--format", "mermaid");

        // Assert
        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("Check hours");
    }
}
