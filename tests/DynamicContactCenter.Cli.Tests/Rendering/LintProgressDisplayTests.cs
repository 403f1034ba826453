using DynamicContactCenter.Cli.Tests.TestSupport;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Rendering;

/// <summary>Issue #14, "a long command shows progress", for <c>dcc lint</c>: its walk over every number × environment draws a progress
/// bar on a terminal and nothing extra when piped (as <see cref="ProgressDisplayTests"/> for the matrix).</summary>
public sealed class LintProgressDisplayTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-lint-progress-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(int ExitCode, string Output)> RunAsync(int? terminalWidth)
    {
        string[] lint = ["lint", "--routing", SampleRoutingFile.WithNumbers(_folder, SampleRoutingFile.EnglishLines(8)), "--instance", RepositoryPaths.Combine("config", "instance.yaml")];
        return await TerminalRun.RunAsync(lint, terminalWidth);
    }

    [Fact]
    public async Task Lint_ManyNumbersOnATerminal_ShowsProgress()
    {
        // Act
        var (exitCode, output) = await RunAsync(120);

        // Assert
        exitCode.ShouldBe(0, output);
        output.ShouldContain("Linting numbers");
    }

    [Fact]
    public async Task Lint_ManyNumbersPiped_WritesOnlyTheResult()
    {
        // Act
        var (exitCode, output) = await RunAsync(null);

        // Assert
        exitCode.ShouldBe(0, output);
        output.ShouldNotContain("Linting numbers");
        output.ShouldContain("No findings in 4 flow(s)");
    }
}
