using System.Text.Json;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Project;

/// <summary>dcc.yaml's <c>lint:</c> settings (rule levels everywhere and per path) and the lint baseline (issue #14, "Lint that a team
/// cannot live with").</summary>
[Trait("Issue", "14")]
public sealed class LintConfigurationTests
{
    /// <summary>The shipped MainFlow with one transition pointing at no action: one DCC5006 error (dangling-transition).</summary>
    private static string BrokenFlow() => File.ReadAllText(RepositoryPaths.Combine("flows", "MainFlow.json"))
        .Replace("\"NextAction\": \"Check hours\"", "\"NextAction\": \"Check the hours\"", StringComparison.Ordinal);

    private static List<(string Rule, string Severity, string File)> Findings(DccRun run)
    {
        using var document = JsonDocument.Parse(run.Output);
        return [.. document.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("severity").GetString()!, f.GetProperty("file").GetString()!))];
    }

    [Fact]
    public async Task Lint_RuleOffInDccYaml_DropsItsFindings()
    {
        // Arrange
        using var sut = new ProjectFolder();
        sut.Write("dcc.yaml", "lint:\n  rules:\n    DCC5006: off\n");
        sut.Write("flows/MainFlow.json", BrokenFlow());

        // Act
        var run = await sut.RunAsync("lint", "flows", "--json");

        // Assert
        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        Findings(run).ShouldNotContain(f => f.Rule == "DCC5006");
    }

    [Fact]
    public async Task Lint_RuleWarningInDccYaml_ReportsItAsAWarningAndPasses()
    {
        // Arrange
        using var sut = new ProjectFolder();
        sut.Write("dcc.yaml", "lint:\n  rules:\n    DCC5006: warning\n");
        sut.Write("flows/MainFlow.json", BrokenFlow());

        // Act
        var run = await sut.RunAsync("lint", "flows", "--json");

        // Assert
        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        Findings(run).Where(f => f.Rule == "DCC5006").Select(f => f.Severity).ShouldBe(["warning"]);
    }

    [Fact]
    public async Task Lint_PathSetting_AppliesOnlyToFilesItsGlobMatches()
    {
        // Arrange
        using var sut = new ProjectFolder();
        sut.Write("dcc.yaml", "lint:\n  paths:\n    \"flows/legacy/**\":\n      DCC5006: off\n");
        sut.Write("flows/legacy/old/MainFlow.json", BrokenFlow());
        var current = sut.Write("flows/MainFlow.json", BrokenFlow());

        // Act
        var run = await sut.RunAsync("lint", "flows", "flows/legacy/old", "--json");

        // Assert
        run.ExitCode.ShouldBe(1, run.Output + run.Error);
        Findings(run).Where(f => f.Rule == "DCC5006").Select(f => f.File).ShouldBe([current]);
    }

    [Fact]
    public async Task Lint_UnknownRuleIdInDccYaml_ExitsTwoNamingIt()
    {
        // Arrange
        using var sut = new ProjectFolder();
        sut.Write("dcc.yaml", "lint:\n  rules:\n    DCC5999: off\n");

        // Act
        var run = await sut.RunAsync("lint");

        // Assert
        run.ExitCode.ShouldBe(2, run.Output + run.Error);
        run.Error.ShouldContain("dcc.yaml:3: lint.rules.DCC5999: error DCC4637: 'DCC5999' is not a dcc lint rule id");
    }

    [Fact]
    public async Task Lint_UnknownLevelInDccYaml_ExitsTwoNamingValueAndExpected()
    {
        // Arrange
        using var sut = new ProjectFolder();
        sut.Write("dcc.yaml", "lint:\n  rules:\n    DCC5007: silent\n");

        // Act
        var run = await sut.RunAsync("lint");

        // Assert
        run.ExitCode.ShouldBe(2, run.Output + run.Error);
        run.Error.ShouldContain("error DCC4635: 'silent' is not valid at lint.rules.DCC5007: expected off, warning or error.");
    }

    [Fact]
    public async Task Lint_WithBaseline_FailsOnlyOnNewFindingsAndSaysHowManyWereBaselined()
    {
        // Arrange: a project whose flow has a known defect, baselined.
        using var sut = new ProjectFolder();
        sut.Write("dcc.yaml", "flows: flows\n");
        var flow = sut.Write("flows/MainFlow.json", BrokenFlow());
        var write = await sut.RunAsync("lint", "flows", "--write-baseline");
        write.ExitCode.ShouldBe(0, write.Output + write.Error);
        File.Exists(Path.Combine(sut.Path, ".dcc-lint-baseline.json")).ShouldBeTrue();

        // Act: the known defect moves down two lines (keys are not line numbers), then a second flow brings a new one.
        File.WriteAllText(flow, "\n\n" + File.ReadAllText(flow));
        var known = await sut.RunAsync("lint", "flows");
        var other = sut.Write("flows/Other.json", BrokenFlow().Replace("\"MainFlow\"", "\"Other\"", StringComparison.Ordinal));
        var fresh = await sut.RunAsync("lint", "flows", "--json");

        // Assert
        known.ExitCode.ShouldBe(0, known.Output + known.Error);
        known.Output.ShouldContain("baselined finding(s) not shown");
        fresh.ExitCode.ShouldBe(1, fresh.Output + fresh.Error);
        Findings(fresh).Where(f => f.Rule == "DCC5006").Select(f => f.File).ShouldBe([other]);
        using var document = JsonDocument.Parse(fresh.Output);
        document.RootElement.GetProperty("baselined").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Lint_BaselineThatIsNotJson_ExitsTwoNamingTheFile()
    {
        // Arrange
        using var sut = new ProjectFolder();
        sut.Write("dcc.yaml", "flows: flows\n");
        sut.Write("flows/MainFlow.json", BrokenFlow());
        sut.Write(".dcc-lint-baseline.json", "findings: none");

        // Act
        var run = await sut.RunAsync("lint");

        // Assert
        run.ExitCode.ShouldBe(2, run.Output + run.Error);
        run.Error.ShouldContain("error DCC4642: lint baseline '.dcc-lint-baseline.json' cannot be read: it is not JSON");
    }
}
