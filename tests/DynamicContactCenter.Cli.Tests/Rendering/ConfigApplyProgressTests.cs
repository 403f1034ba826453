using DynamicContactCenter.Cli.Tests.TestSupport;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Rendering;

/// <summary>Issue #14, "a long command shows progress", for <c>dcc config apply</c> against dynalite: a bar on a terminal, and the
/// <c>[i/N]</c> lines in both cases (as <see cref="ProgressDisplayTests"/> for the matrix).</summary>
[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
public sealed class ConfigApplyProgressTests(DynaliteFixture dynalite) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-apply-progress-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(int ExitCode, string Output)> ApplyAsync(int? terminalWidth)
    {
        var tables = await dynalite.CreateTablesAsync();
        var prefix = tables.Environments[..^RoutingTableNames.Default.Environments.Length];
        string[] apply = ["config", "apply", SampleRoutingFile.WithNumbers(_folder, SampleRoutingFile.EnglishLines(12)), "--yes", "--endpoint-url", dynalite.ServiceUrl.ToString(), "--region", DynaliteFixture.Region, "--table-prefix", prefix];
        return await TerminalRun.RunAsync(apply, terminalWidth);
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
