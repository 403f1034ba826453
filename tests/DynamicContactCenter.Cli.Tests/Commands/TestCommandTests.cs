using System.Xml.Linq;
using DynamicContactCenter.Flows.Scenarios;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Commands;

/// <summary><c>dcc test</c> end to end: the shipped scenarios and the routing matrix pass on the repository's config/, and a wrong
/// expectation fails loudly (a check that cannot fail would be worthless).</summary>
public sealed class TestCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-test-").FullName;

    private static readonly string[] Config = ["--routing", RepositoryPaths.RoutingYaml, "--instance", RepositoryPaths.Combine("config", "instance.yaml")];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string LastLine(DccRun run) => run.Output.TrimEnd().Split('\n')[^1].TrimEnd();

    private string Write(string name, string yaml)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    [Fact]
    public async Task Test_ShippedScenarios_AllPass()
    {
        // Arrange
        var expected = Directory.GetFiles(RepositoryPaths.Scenarios, "*.yaml").Sum(f => ScenarioParser.ParseFile(f).Value!.Scenarios.Length);

        // Act
        var run = await DccRun.RunAsync(["test", RepositoryPaths.Scenarios, .. Config, "--quiet"]); // --quiet: no "using ..." line (issue #14)

        // Assert
        run.Error.ShouldBeEmpty();
        LastLine(run).ShouldBe($"{expected} passed, 0 failed", run.Output);
        run.ExitCode.ShouldBe(0);
        expected.ShouldBeGreaterThan(25);
    }

    [Fact]
    public async Task Test_MatrixOverConfig_EveryNumberAndSituationPasses()
    {
        // Act
        var run = await DccRun.RunAsync(["test", "--matrix", .. Config]);

        // Assert: 3 numbers + the default row × {open and staffed, queued with no agent free, closed, unstaffed, holiday, 3 function failures}.
        LastLine(run).ShouldBe("32 passed, 0 failed", run.Output);
        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("+14443331111 (Spanish line): holiday override (Thanksgiving Day 2026-11-26)");
        run.Output.ShouldContain("(Main line, default row): GetPrompts fails");
    }

    [Fact]
    public async Task Test_WrongExpectation_FailsWithExpectedVsActualAndTranscriptAndExit1()
    {
        // Arrange
        var file = Write("wrong.yaml", """
            scenarios:
              - name: right
                call: { number: "+14443330000", at: 2026-11-24T10:00:00-05:00 }
                expect: { outcome: queued, queue: English }
              - name: Spanish caller expected in French
                call: { number: "+14443331111", at: 2026-11-24T10:00:00-05:00 }
                expect:
                  queue: French
                  prompts: [{ prompt: introPrompt, language: French }]
            """);

        // Act
        var run = await DccRun.RunAsync(["test", file, .. Config]);

        // Assert
        run.ExitCode.ShouldBe(1);
        LastLine(run).ShouldBe("1 passed, 1 failed");
        run.Output.ShouldContain("✓ right");
        run.Output.ShouldContain("✗ Spanish caller expected in French");
        run.Output.ShouldContain("queue");
        run.Output.ShouldContain("expected: French");
        run.Output.ShouldContain("actual:   Spanish");
        run.Output.ShouldContain("expected: French introPrompt \"Merci d'avoir appelé");
        run.Output.ShouldContain("actual:   \"Gracias por llamar");
        // The transcript of the failed call follows.
        run.Output.ShouldContain("Call to +14443331111");
        run.Output.ShouldContain("Outcome: queued in Spanish");
    }

    [Fact]
    public async Task Test_FaultEndsInErrorPathButScenarioExpectsQueued_Fails()
    {
        // Arrange
        var file = Write("fault.yaml", """
            scenarios:
              - name: store down
                call: { number: "+14443330000", at: 2026-11-24T10:00:00-05:00 }
                faults: [{ store: unavailable }]
                expect: { outcome: queued, errorPath: false }
            """);

        // Act
        var run = await DccRun.RunAsync(["test", file, .. Config]);

        // Assert
        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("actual:   disconnected");
        run.Output.ShouldContain("the call took the error branch: InitFlow 'Get environment functions'");
    }

    [Fact]
    public async Task Test_BadScenarioFile_Exit2NamingFileScenarioAndKey()
    {
        // Arrange
        var file = Write("bad.yaml", """
            scenarios:
              - name: typo
                call: { number: "+14443330000", at: 2026-11-24T10:00:00-05:00 }
                expect: { outcom: queued }
            """);

        // Act
        var run = await DccRun.RunAsync(["test", file, .. Config]);

        // Assert
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("bad.yaml:4: scenario 'typo', key expect.outcom: error DCC3604");
        run.Output.ShouldNotContain("passed");
    }

    [Fact]
    public async Task Test_ReadmeExample_ParsesAndPasses()
    {
        // Arrange: the scenario file shown in docs/scenarios.md (linked from the README).
        var section = await File.ReadAllTextAsync(RepositoryPaths.Combine("docs", "scenarios.md"));
        var start = section.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var file = Write("readme.yaml", section[start..section.IndexOf("```", start, StringComparison.Ordinal)]);

        // Act
        var run = await DccRun.RunAsync(["test", file, .. Config]);

        // Assert
        LastLine(run).ShouldBe("1 passed, 0 failed", run.Output + run.Error);
        run.ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Test_MissingPath_Exit2()
    {
        // Act
        var run = await DccRun.RunAsync(["test", Path.Combine(_folder, "nope.yaml")]);

        // Assert
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("nope.yaml' does not exist");
    }

    [Fact]
    public async Task Test_JUnit_WritesASuitePerFileAndATestcasePerScenarioWithFailures()
    {
        // Arrange
        var file = Write("mixed.yaml", """
            scenarios:
              - name: passes
                call: { number: "+14443330000", at: 2026-11-24T10:00:00-05:00 }
                expect: { outcome: queued }
              - name: fails
                call: { number: "+14443330000", at: 2026-11-24T23:00:00-05:00 }
                expect: { outcome: queued }
            """);
        var report = Path.Combine(_folder, "out", "junit.xml");

        // Act
        var run = await DccRun.RunAsync(["test", file, "--matrix", "--junit", report, .. Config]);

        // Assert
        run.ExitCode.ShouldBe(1);
        var root = XDocument.Load(report).Root!;
        root.Name.LocalName.ShouldBe("testsuites");
        root.Attribute("tests")!.Value.ShouldBe("34");
        root.Attribute("failures")!.Value.ShouldBe("1");
        var suites = root.Elements("testsuite").ToList();
        suites.Select(s => s.Attribute("name")!.Value).ShouldBe([file, "routing matrix"]);
        var cases = suites[0].Elements("testcase").ToList();
        cases.Select(c => c.Attribute("name")!.Value).ShouldBe(["passes", "fails"]);
        cases[0].Element("failure").ShouldBeNull();
        var failure = cases[1].Element("failure")!;
        failure.Attribute("message")!.Value.ShouldBe("outcome: expected queued, actual disconnected");
        failure.Value.ShouldContain("\"outcome\": \"disconnected\"");
        suites[1].Elements("testcase").Count().ShouldBe(32);
    }
}
