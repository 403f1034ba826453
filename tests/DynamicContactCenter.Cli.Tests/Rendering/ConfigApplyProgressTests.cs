using System.Text;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Testing;
using Spectre.Console.Testing;

namespace DynamicContactCenter.Cli.Tests.Rendering;

/// <summary>Issue #14, "a long command shows progress", for <c>dcc config apply</c> against dynalite: a bar on a terminal, and the
/// <c>[i/N]</c> lines in both cases (as <see cref="ProgressDisplayTests"/> for the matrix).</summary>
[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
public sealed class ConfigApplyProgressTests(DynaliteFixture dynalite) : IDisposable
{
    private const string EnglishQueue = "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-0000-0000-0000-000000000001";

    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-apply-progress-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The shipped routing data plus twelve numbers: 21 rows to add, over the bar's 20-step minimum.</summary>
    private string ManyRows()
    {
        var extra = new StringBuilder("dialedNumbers:\n");
        for (var i = 10; i < 22; i++) extra.Append($"  \"+144455500{i}\":\n    name: Line {i}\n    queue: {EnglishQueue}\n    language: English\n");
        var path = Path.Combine(_folder, "routing.yaml");
        File.WriteAllText(path, File.ReadAllText(RepositoryPaths.RoutingYaml).Replace("dialedNumbers:\n", extra.ToString(), StringComparison.Ordinal));
        return path;
    }

    private async Task<(int ExitCode, string Output)> ApplyAsync(int? terminalWidth)
    {
        var tables = await dynalite.CreateTablesAsync();
        var prefix = tables.Environments[..^RoutingTableNames.Default.Environments.Length];
        var console = new TestConsole().Width(120).Interactive();
        console.Profile.Capabilities.Ansi = terminalWidth is not null;
        using var error = new StringWriter();
        var context = new CliContext(console, error, _ => null, Directory.GetCurrentDirectory()) { TerminalWidth = terminalWidth };
        string[] apply = ["config", "apply", ManyRows(), "--yes", "--endpoint-url", dynalite.ServiceUrl.ToString(), "--region", DynaliteFixture.Region, "--table-prefix", prefix];
        var exitCode = await DccApp.RunAsync(apply, context, CancellationToken.None);
        return (exitCode, console.Output + error);
    }

    [Fact]
    public async Task ConfigApply_ManyRowsOnATerminal_ShowsProgressAndTheLines()
    {
        // Act
        var (exitCode, output) = await ApplyAsync(120);

        // Assert
        exitCode.ShouldBe(0, output);
        output.ShouldContain("Applying changes");
        output.ShouldContain("[21/21]");
    }

    [Fact]
    public async Task ConfigApply_ManyRowsPiped_KeepsTheLinesWithoutABar()
    {
        // Act
        var (exitCode, output) = await ApplyAsync(null);

        // Assert
        exitCode.ShouldBe(0, output);
        output.ShouldNotContain("Applying changes");
        output.ShouldContain("[ 1/21] + ");
        output.ShouldContain("[21/21] + ");
        output.ShouldContain("Applied: 21 added, 0 changed, 0 removed");
    }
}
