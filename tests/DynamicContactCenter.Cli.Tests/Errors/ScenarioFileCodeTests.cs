using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Errors;

/// <summary>Scenario-file problems that used to travel as detail text inside DCC3601 "{0}" or without a code each carry their own
/// code (issue #11 item 4): the YAML error keeps DCC3601, a file without a scenarios: list is DCC3630, a pattern that cannot
/// finish matching is DCC3631.</summary>
[Trait("Issue", "11")]
public sealed class ScenarioFileCodeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-scn-code-").FullName;

    private static readonly string[] Config = ["--routing", RepositoryPaths.RoutingYaml, "--instance", RepositoryPaths.Combine("config", "instance.yaml")];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Test_FileWithScenarioMisspelt_ExitsTwoWithDcc3630SayingWhatTheFileNeeds()
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

    [Fact]
    public async Task Test_CatastrophicPattern_FailureLineCarriesDcc3631()
    {
        // Arrange: nested quantifiers on a prompt that never ends in X backtrack past the 1 s match timeout.
        var file = Write("regex.yaml", """
            scenarios:
              - name: catastrophic
                call: { number: "+14443330000", at: 2026-11-24T10:00:00-05:00 }
                expect:
                  prompts: [{ pattern: "^(.+)+X$" }]
            """);

        // Act
        var run = await DccRun.RunAsync(["test", file, .. Config]);

        // Assert
        run.ExitCode.ShouldBe(1, run.Error + run.Output);
        run.Output.ShouldContain("DCC3631: pattern /^(.+)+X$/ did not finish matching within 1 s");
    }

    private string Write(string name, string yaml)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, yaml);
        return path;
    }
}
