using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Commands;

/// <summary>Issue #12 item 7: <c>dcc test --coverage [--min-coverage PCT]</c> reports per flow the actions and branches the scenarios
/// exercised, lists the rest, fails below the threshold, and the JUnit report carries the figures.</summary>
[Trait("Issue", "12")]
public sealed class TestCommandCoverageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-coverage-").FullName;

    private static readonly string[] Config = ["--routing", RepositoryPaths.RoutingYaml, "--instance", RepositoryPaths.Combine("config", "instance.yaml")];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string LastLine(DccRun run) => run.Output.TrimEnd().Split('\n')[^1].TrimEnd();

    [Fact]
    public async Task Test_ShippedScenariosWithCoverage_ReportsEveryFlowAndItsUncoveredBranches()
    {
        // Act
        var run = await DccRun.RunAsync(["test", RepositoryPaths.Scenarios, "--coverage", .. Config]);

        // Assert: the three flows, each with figures; a branch only a broken flow reaches is listed.
        run.ExitCode.ShouldBe(0, run.Output);
        run.Output.ShouldContain("  InitFlow (");
        run.Output.ShouldContain("  LanguageFlow (");
        run.Output.ShouldContain("  MainFlow (");
        run.Output.ShouldContain("actions 12/12 (100%)");
        run.Output.ShouldContain("uncovered 'Check hours' (CheckHoursOfOperation): branch NoMatchingError never taken");
        run.Output.ShouldContain("  total: actions ");
        LastLine(run).ShouldEndWith(" passed, 0 failed");
    }

    [Fact]
    public async Task Test_MenuScenarioBelowMinCoverage_ListsTheUncoveredKeyAndExitsOne()
    {
        // Arrange: one scenario presses 2 of a menu that also takes 1, a timeout and keys it does not know.
        var flow = Path.Combine(_folder, "menu.json");
        await File.WriteAllTextAsync(flow, Explore.ExploreFlows.Menu);
        var scenarios = Path.Combine(_folder, "menu.yaml");
        await File.WriteAllTextAsync(scenarios, $$"""
            scenarios:
              - name: support
                call: { number: "+14443330000", at: 2026-11-24T10:00:00-05:00, flow: "{{flow}}", input: "2" }
                expect: { outcome: disconnected, prompts: [{ text: "Press 1 for sales or 2 for support." }, { text: "Support is online at example.com." }] }
            """);
        var junit = Path.Combine(_folder, "junit.xml");

        // Act
        var run = await DccRun.RunAsync(["test", scenarios, "--min-coverage", "80%", "--junit", junit, .. Config]);

        // Assert: Lookup's error, Menu's Equals 2, Support's NextAction = 3 of 36 branches; 4 of 14 actions.
        run.ExitCode.ShouldBe(ExitCodes.CheckFailed, run.Output + run.Error);
        run.Output.ShouldContain("  menu (");
        run.Output.ShouldContain("actions 4/14 (28.6%), branches 3/36 (8.3%)");
        run.Output.ShouldContain("uncovered 'Menu' (GetParticipantInput): branch Equals 1 never taken");
        run.Output.ShouldContain("uncovered 'Check hours' (CheckHoursOfOperation): never ran");
        run.Output.ShouldNotContain("uncovered 'Check hours' (CheckHoursOfOperation): branch");
        LastLine(run).ShouldBe("1 passed, 0 failed");
        run.Error.ShouldContain("error DCC4630: branch coverage 3/36 (8.3%) is below --min-coverage 80%");
        var report = await File.ReadAllTextAsync(junit);
        report.ShouldContain("<property name=\"coverage.branches.covered\" value=\"3\" />");
        report.ShouldContain("<property name=\"coverage.branches.total\" value=\"36\" />");
        report.ShouldContain("<property name=\"coverage.menu.branches\" value=\"3/36\" />");
        report.ShouldContain("<failure message=\"DCC4630: branch coverage 3/36 (8.3%) is below --min-coverage 80%");
    }

    [Theory]
    [InlineData("101")]
    [InlineData("most")]
    public async Task Test_BadMinCoverage_ExitsTwoBeforeRunning(string value)
    {
        // Act
        var run = await DccRun.RunAsync(["test", RepositoryPaths.Scenarios, "--min-coverage", value, .. Config]);

        // Assert
        run.ExitCode.ShouldBe(ExitCodes.BadInput);
        run.Error.ShouldContain($"error DCC4631: --min-coverage '{value}' is not valid: expected a percentage from 0 to 100");
        run.Output.ShouldNotContain("passed");
    }
}
