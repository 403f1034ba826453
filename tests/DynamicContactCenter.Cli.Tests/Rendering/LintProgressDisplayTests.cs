using System.Text;
using DynamicContactCenter.Testing;
using Spectre.Console.Testing;

namespace DynamicContactCenter.Cli.Tests.Rendering;

/// <summary>Issue #14, "a long command shows progress", for <c>dcc lint</c>: its walk over every number × environment draws a progress
/// bar on a terminal and nothing extra when piped (as <see cref="ProgressDisplayTests"/> for the matrix).</summary>
public sealed class LintProgressDisplayTests : IDisposable
{
    private const string EnglishQueue = "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-0000-0000-0000-000000000001";

    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-lint-progress-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The shipped routing data plus eight English numbers: 12 rows × 2 environments, over the bar's 20-step minimum.</summary>
    private string ManyNumbers()
    {
        var extra = new StringBuilder("dialedNumbers:\n");
        for (var i = 0; i < 8; i++) extra.Append($"  \"+1444555000{i}\":\n    name: Line {i}\n    queue: {EnglishQueue}\n    language: English\n");
        var path = Path.Combine(_folder, "routing.yaml");
        File.WriteAllText(path, File.ReadAllText(RepositoryPaths.RoutingYaml).Replace("dialedNumbers:\n", extra.ToString(), StringComparison.Ordinal));
        return path;
    }

    private async Task<(int ExitCode, string Output)> RunAsync(int? terminalWidth)
    {
        var console = new TestConsole().Width(120).Interactive();
        console.Profile.Capabilities.Ansi = terminalWidth is not null;
        using var error = new StringWriter();
        var context = new CliContext(console, error, _ => null, Directory.GetCurrentDirectory()) { TerminalWidth = terminalWidth };
        string[] lint = ["lint", "--routing", ManyNumbers(), "--instance", RepositoryPaths.Combine("config", "instance.yaml")];
        var exitCode = await DccApp.RunAsync(lint, context, CancellationToken.None);
        return (exitCode, console.Output);
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
