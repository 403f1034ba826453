using DynamicContactCenter.Testing;
using Spectre.Console.Testing;

namespace DynamicContactCenter.Cli.Tests.Rendering;

/// <summary>Issue #14, "a long command shows progress": <c>dcc test --matrix</c> draws a progress bar on a terminal and nothing extra
/// when piped.</summary>
public sealed class ProgressDisplayTests
{
    private static readonly string[] Matrix = ["test", "--matrix", "--routing", RepositoryPaths.RoutingYaml, "--instance", RepositoryPaths.Combine("config", "instance.yaml")];

    private static async Task<(int ExitCode, string Output)> RunAsync(int? terminalWidth)
    {
        var console = new TestConsole().Width(120).Interactive();
        console.Profile.Capabilities.Ansi = terminalWidth is not null;
        using var error = new StringWriter();
        var context = new CliContext(console, error, _ => null, Directory.GetCurrentDirectory()) { TerminalWidth = terminalWidth };
        var exitCode = await DccApp.RunAsync(Matrix, context, CancellationToken.None);
        return (exitCode, console.Output);
    }

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
