using DynamicContactCenter.Cli.Tests.TestSupport;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Rendering;

/// <summary>Issue #14, "a long command shows progress": <c>dcc test --matrix</c> draws a progress bar on a terminal and nothing extra
/// when piped.</summary>
public sealed class ProgressDisplayTests
{
    private static readonly string[] Matrix = ["test", "--matrix", "--routing", RepositoryPaths.RoutingYaml, "--instance", RepositoryPaths.Combine("config", "instance.yaml")];

    private static Task<(int ExitCode, string Output)> RunAsync(int? terminalWidth) => TerminalRun.RunAsync(Matrix, terminalWidth);

    [Fact]
    public async Task TestMatrix_OnATerminal_ShowsProgress()
    {
        // Act
        var (exitCode, output) = await RunAsync(120);

        // Assert
        exitCode.ShouldBe(0);
        output.ShouldContain("Running scenarios");
    }

    [Fact]
    public async Task TestMatrix_Piped_WritesOnlyResults()
    {
        // Act
        var (exitCode, output) = await RunAsync(null);

        // Assert
        exitCode.ShouldBe(0);
        output.ShouldNotContain("Running scenarios");
        output.TrimEnd().Split('\n')[^1].ShouldBe("32 passed, 0 failed");
    }
}
