using System.Diagnostics;

namespace DynamicContactCenter.Cli.Tests.Commands;

public sealed class GraphCommandTests
{
    [Fact]
    public async Task Graph_MainFlowMermaid_DrawsBlocksAndLabelledBranches()
    {
        // Arrange + Act
        var run = await DccRun.RunAsync("graph", "MainFlow", "--format", "mermaid");

        // Assert
        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldStartWith("flowchart TD");
        run.Output.ShouldContain("f0_a2{{\"Check hours<br/><small>CheckHoursOfOperation</small>\"}}");
        run.Output.ShouldContain("f0_a2 -->|\"Equals True\"| f0_a3");
        run.Output.ShouldContain("-.->|\"NoMatchingError\"|");
    }

    [Fact]
    public async Task Graph_CallOpenHours_HighlightsPathThroughAllThreeFlows()
    {
        // Arrange + Act
        var run = await DccRun.RunAsync("graph", "--call", "+14443331111", "--at", "2026-11-24T10:00:00-05:00", "--format", "mermaid");

        // Assert
        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("subgraph f0[\"InitFlow\"]");
        run.Output.ShouldContain("subgraph f2[\"MainFlow\"]");
        run.Output.ShouldContain("f2_a2 ==>|\"Equals True\"| f2_a3");
        run.Output.ShouldContain("f2_a2 -->|\"Next / Equals False\"| f2_a7");
        run.Output.ShouldContain("==>|\"transfer\"| f1_start");
        run.Output.ShouldContain("linkStyle ");
        run.Error.ShouldContain("queued in Spanish");
    }

    [Fact]
    public async Task Graph_CallDot_RendersWithGraphvizWhenInstalled()
    {
        // Arrange
        var run = await DccRun.RunAsync("graph", "--call", "+14443330000", "--at", "2026-11-24T23:00:00-05:00", "--format", "dot");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldStartWith("digraph flows {");
        run.Output.ShouldContain("color=\"#1a7f37\", penwidth=2.5");
        if (!File.Exists("/usr/bin/dot")) return; // Graphviz is optional: the text checks above always run.

        // Act
        using var dot = Process.Start(new ProcessStartInfo("/usr/bin/dot", "-Tsvg") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true })!;
        await dot.StandardInput.WriteAsync(run.Output);
        dot.StandardInput.Close();
        var svg = await dot.StandardOutput.ReadToEndAsync();
        var errors = await dot.StandardError.ReadToEndAsync();
        await dot.WaitForExitAsync();

        // Assert
        dot.ExitCode.ShouldBe(0, errors);
        svg.ShouldContain("<svg");
        svg.ShouldContain("Play closed prompt");
    }

    [Theory]
    [InlineData("NoSuchFlow")]
    [InlineData("MainFlow", "--format", "png")]
    [InlineData("--call", "+14443330000", "--at", "yesterday")]
    public async Task Graph_BadInput_ExitsTwo(params string[] args)
    {
        // Arrange + Act
        var run = await DccRun.RunAsync(["graph", .. args]);

        // Assert
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldNotBeEmpty();
    }
}
