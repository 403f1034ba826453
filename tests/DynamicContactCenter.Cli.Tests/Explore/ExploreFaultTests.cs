using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Explore;

/// <summary>Issue #12 item 6: an error branch that no input decides (a prompt that cannot play, an attribute write that fails) is
/// reached by a scenario fault that makes that action fail (<c>faults: [{ fail: ACTION, error: ERROR, flow: FLOW }]</c>), the one fault
/// grammar <c>dcc test</c> reads and <c>dcc explore</c> writes; the written scenario replays it.</summary>
[Trait("Issue", "12")]
public sealed class ExploreFaultTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-explore-faults-").FullName;

    private static readonly string[] Config = ["--routing", RepositoryPaths.RoutingYaml, "--instance", RepositoryPaths.Combine("config", "instance.yaml")];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // The shapes of the reference (flow-language.md): UpdateContactAttributes with Attributes {k: v} and its one error NoMatchingError,
    // MessageParticipant with Text and a NoMatchingError entry as real exports wire it.
    private const string Flow = """
        {"Version":"2019-10-30","StartAction":"Save","Actions":[
          {"Identifier":"Save","Type":"UpdateContactAttributes","Parameters":{"Attributes":{"Journey":"billing"}},
           "Transitions":{"NextAction":"Welcome","Errors":[{"NextAction":"Sorry","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"Welcome","Type":"MessageParticipant","Parameters":{"Text":"Welcome to billing."},
           "Transitions":{"NextAction":"Bye","Errors":[{"NextAction":"Sorry","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"Sorry","Type":"MessageParticipant","Parameters":{"Text":"Something went wrong."},"Transitions":{"NextAction":"Bye"}},
          {"Identifier":"Bye","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}]}
        """;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Explore_ErrorBranchesNoInputDecides_FailsThoseActions_AndTheWrittenScenariosReplayThem()
    {
        // Arrange
        var flow = Write("billing.json", Flow);
        var output = Path.Combine(_folder, "explored");

        // Act
        var explore = await DccRun.RunAsync(["explore", flow, "--out", output, .. Config]);
        var scenarios = await File.ReadAllTextAsync(Path.Combine(output, "billing.explored.yaml"));
        var test = await DccRun.RunAsync(["test", output, "--coverage", "--min-coverage", "100", .. Config]);

        // Assert: both error branches are reached by failing their action, the caller hears the error prompt, and dcc test replays
        // every scenario green at every branch.
        explore.ExitCode.ShouldBe(0, explore.Error + explore.Output);
        explore.Output.ShouldContain("actions 4/4 (100%), branches 5/5 (100%)");
        scenarios.ShouldContain("- { fail: \"Save\", error: \"NoMatchingError\", flow: \"billing\" }");
        scenarios.ShouldContain("- { fail: \"Welcome\", error: \"NoMatchingError\", flow: \"billing\" }");
        scenarios.ShouldContain("- { text: \"Something went wrong.\" }");
        test.ExitCode.ShouldBe(0, test.Error + test.Output);
        test.Output.TrimEnd().Split('\n')[^1].ShouldBe("3 passed, 0 failed", test.Output);
    }

    [Fact]
    public async Task Test_ScenarioFailsAnAction_TheCallTakesItsErrorBranch_AndAFaultOfAnActionNeverRunFails()
    {
        // Arrange
        var flow = Write("billing.json", Flow);
        var file = Write("faults.yaml", $$"""
            defaults:
              at: 2026-11-24T10:00:00-05:00
              flow: "{{flow}}"
            scenarios:
              - name: the welcome prompt cannot be played
                call: { number: "+14443330000" }
                faults:
                  - { fail: Welcome, error: NoMatchingError }
                expect:
                  outcome: disconnected
                  prompts: [{ text: "Something went wrong." }]
              - name: a typo in the action fails the scenario
                call: { number: "+14443330000" }
                faults:
                  - { fail: Welcom }
                expect: { outcome: disconnected }
            """);

        // Act
        var run = await DccRun.RunAsync(["test", file, .. Config]);

        // Assert: the first passes on the error prompt alone; the second names the action it never ran.
        run.ExitCode.ShouldBe(1, run.Error + run.Output);
        run.Output.ShouldContain("✓ the welcome prompt cannot be played");
        run.Output.ShouldContain("✗ a typo in the action fails the scenario");
        run.Output.ShouldContain("the call never ran action 'Welcom'");
        run.Output.ShouldContain("1 passed, 1 failed");
    }

    [Fact]
    public async Task Test_FaultWithAnErrorThatIsNoErrorType_ExitsTwoNamingTheFieldAndWhatIsExpected()
    {
        // Arrange
        var file = Write("bad.yaml", """
            scenarios:
              - name: bad error
                call: { number: "+14443330000", at: 2026-11-24T10:00:00-05:00 }
                faults:
                  - { fail: Welcome, error: "no such error!" }
                expect: { outcome: queued }
            """);

        // Act
        var run = await DccRun.RunAsync(["test", file, .. Config]);

        // Assert
        run.ExitCode.ShouldBe(2, run.Error + run.Output);
        (run.Output + run.Error).ShouldContain("faults[0].error");
        (run.Output + run.Error).ShouldContain("an error type as the flow wires it");
        (run.Output + run.Error).ShouldNotContain("   at ");
    }
}
