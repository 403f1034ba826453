using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Errors;

/// <summary>Issue #10 items 13 and 18: hostile or empty scenario files end in a clean diagnostic or a failed scenario, never a crash
/// or a green run that checked nothing.</summary>
public sealed class ScenarioFileErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-scn-").FullName;

    private static readonly string[] Config = ["--routing", RepositoryPaths.RoutingYaml, "--instance", RepositoryPaths.Combine("config", "instance.yaml")];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string yaml)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    [Fact]
    public async Task Test_CatastrophicPattern_FailsThatScenarioNamingThePatternAndRunsTheRest()
    {
        // Arrange: nested quantifiers on a prompt that never ends in X backtrack exponentially, past the 1 s match timeout.
        var file = Write("regex.yaml", """
            scenarios:
              - name: catastrophic
                call: { number: "+14443330000", at: 2026-11-24T10:00:00-05:00 }
                expect:
                  prompts: [{ pattern: "^(.+)+X$" }]
              - name: fine
                call: { number: "+14443330000", at: 2026-11-24T10:00:00-05:00 }
                expect: { outcome: queued }
            """);

        // Act
        var run = await DccRun.RunAsync(["test", file, .. Config]);

        // Assert
        run.ExitCode.ShouldBe(1, run.Error + run.Output);
        run.Output.ShouldContain("✗ catastrophic");
        run.Output.ShouldContain("DCC3631: pattern /^(.+)+X$/ did not finish matching within 1 s");
        run.Output.ShouldContain("✓ fine");
        run.Output.ShouldContain("1 passed, 1 failed");
        (run.Output + run.Error).ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Test_UnterminatedFlowMapping_ExitsTwoNamingFileAndLine()
    {
        // Arrange
        var file = Write("brace.yaml", """
            scenarios:
              - name: open brace
                call: { number: "+14443330000"
            """);

        // Act
        var run = await DccRun.RunAsync(["test", file, .. Config]);

        // Assert
        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldContain(file + ":");
        run.Error.ShouldContain("DCC3601");
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Test_EmptyScenarioList_ExitsTwoNamingTheFile()
    {
        // Arrange
        var file = Write("empty.yaml", "scenarios: []\n");

        // Act
        var run = await DccRun.RunAsync(["test", file, .. Config]);

        // Assert
        run.ExitCode.ShouldBe(2, run.Output);
        run.Error.ShouldContain(file);
        run.Error.ShouldContain("DCC3607");
    }

    [Fact]
    [Trait("Issue", "11")]
    public async Task Test_ScenariosKeyMisspelt_ExitsTwoWithDcc3630SayingWhatTheFileNeeds()
    {
        // Arrange: 'scenario:' for 'scenarios:' is valid YAML, so this is not the YAML error DCC3601.
        var file = Write("typo.yaml", "scenario: []\n");

        // Act
        var run = await DccRun.RunAsync(["test", file, .. Config]);

        // Assert
        run.ExitCode.ShouldBe(2, run.Error + run.Output);
        run.Error.ShouldContain(file);
        run.Error.ShouldContain("key scenarios: error DCC3630: expected a mapping with a 'scenarios:' list (and optionally 'defaults:'), found");
        run.Error.ShouldNotContain("DCC3601");
    }
}
