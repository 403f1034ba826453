using System.Text.Json;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Project;

/// <summary>Commands run in a project folder use that folder's files (dcc.yaml, else ./config, else the shipped sample), say which on
/// stderr, and let an explicit option win (issue #14, "Which files am I using?").</summary>
[Trait("Issue", "14")]
public sealed class ProjectDiscoveryTests
{
    [Fact]
    public async Task Lint_ConfigFolderWithBrokenRouting_ReportsTheFolderRoutingFile()
    {
        // Arrange
        using var sut = new ProjectFolder();
        sut.Write("config/routing.yaml", ProjectFolder.BrokenRouting());

        // Act
        var run = await sut.RunAsync("lint", "--json");

        // Assert
        run.ExitCode.ShouldBe(1, run.Output + run.Error);
        using var document = JsonDocument.Parse(run.Output);
        var finding = document.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "DCC5104");
        finding.GetProperty("file").GetString().ShouldBe(Path.Combine(sut.Path, "config", "routing.yaml"));
    }

    [Fact]
    public async Task Lint_ConfigFolder_SaysOnStderrWhichFilesItUsed()
    {
        // Arrange
        using var sut = new ProjectFolder();
        sut.Write("config/routing.yaml", File.ReadAllText(RepositoryPaths.RoutingYaml));
        Directory.CreateDirectory(Path.Combine(sut.Path, "flows"));

        // Act
        var run = await sut.RunAsync("lint");

        // Assert
        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        var line = run.Error.Split('\n').Single(l => l.StartsWith("using ", StringComparison.Ordinal));
        line.ShouldStartWith("using ./config: routing config/routing.yaml, instance ");
        line.ShouldEndWith(", flows flows/");
    }

    [Fact]
    public async Task Lint_DccYamlInAParentFolder_UsesTheFilesItNames()
    {
        // Arrange
        using var sut = new ProjectFolder();
        sut.Write("dcc.yaml", "routing: data/tenant.yaml\n");
        sut.Write("data/tenant.yaml", ProjectFolder.BrokenRouting());

        // Act: run from a folder below the project, as from flows/ in a real one.
        var run = await sut.RunInAsync("flows/legacy", "lint");

        // Assert
        run.ExitCode.ShouldBe(1, run.Output + run.Error);
        run.Output.ShouldContain("DCC5104");
        run.Output.ShouldContain(Path.Combine(sut.Path, "data", "tenant.yaml"));
        run.Error.ShouldContain($"using {Path.Combine(sut.Path, "dcc.yaml")}: routing {Path.Combine(sut.Path, "data", "tenant.yaml")}, instance ");
    }

    [Fact]
    public async Task Lint_ExplicitRoutingOption_WinsOverTheProjectAndSaysSo()
    {
        // Arrange
        using var sut = new ProjectFolder();
        sut.Write("config/routing.yaml", ProjectFolder.BrokenRouting());

        // Act
        var run = await sut.RunAsync("lint", "--routing", RepositoryPaths.RoutingYaml);

        // Assert
        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Error.ShouldContain($"using ./config: routing {RepositoryPaths.RoutingYaml} (--routing), instance ");
    }

    [Fact]
    public async Task Lint_Quiet_DropsTheUsingLine()
    {
        // Arrange
        using var sut = new ProjectFolder();
        sut.Write("config/routing.yaml", File.ReadAllText(RepositoryPaths.RoutingYaml));

        // Act
        var run = await sut.RunAsync("lint", "--quiet");

        // Assert
        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Error.ShouldNotContain("using ");
    }

    [Fact]
    public async Task Call_NoProjectHere_SaysItUsesTheShippedSample()
    {
        // Arrange
        using var sut = new ProjectFolder();

        // Act
        var run = await sut.RunAsync("call", "+14443331111", "--at", "2026-11-24T10:00-05:00");

        // Assert
        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Error.ShouldContain("using the shipped sample (no dcc.yaml here or above, no ./config): routing routing.yaml (embedded sample), instance ");
    }

    [Fact]
    public async Task Lint_DccYamlUnknownKey_ExitsTwoNamingFileLineAndKey()
    {
        // Arrange
        using var sut = new ProjectFolder();
        sut.Write("dcc.yaml", "instance: config/instance.yaml\nrouteing: config/routing.yaml\n");
        sut.Write("config/instance.yaml", File.ReadAllText(RepositoryPaths.Combine("config", "instance.yaml")));

        // Act
        var run = await sut.RunAsync("lint");

        // Assert
        run.ExitCode.ShouldBe(2, run.Output + run.Error);
        run.Error.ShouldContain("dcc.yaml:2: routeing: error DCC4634: unknown key 'routeing' in dcc.yaml (expected one of: routing, instance, flows, scenarios, lint).");
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Test_DccYamlNamesAMissingFile_ExitsTwoNamingKeyAndPath()
    {
        // Arrange
        using var sut = new ProjectFolder();
        sut.Write("dcc.yaml", "routing: config/routing.yml\n");

        // Act
        var run = await sut.RunAsync("test", "--matrix");

        // Assert
        run.ExitCode.ShouldBe(2, run.Output + run.Error);
        run.Error.ShouldContain("dcc.yaml:1: routing: error DCC4636: routing names 'config/routing.yml', which does not exist");
    }
}
