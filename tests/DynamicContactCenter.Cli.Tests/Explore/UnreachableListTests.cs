using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Explore;

/// <summary>Issue #12 "Done when": a scenario file's <c>unreachable:</c> (what <c>dcc explore</c> found no call can reach) is left out of
/// <c>dcc test --coverage</c>'s figures, and an entry that does not say what it leaves out is refused naming the entry.</summary>
[Trait("Issue", "12")]
public sealed class UnreachableListTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-unreachable-").FullName;

    private static readonly string[] Config = ["--routing", RepositoryPaths.RoutingYaml, "--instance", RepositoryPaths.Combine("config", "instance.yaml")];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Flow = """
        {"Version":"2019-10-30","StartAction":"Hello","Actions":[
          {"Identifier":"Hello","Type":"MessageParticipant","Parameters":{"Text":"Hello."},"Transitions":{"NextAction":"Bye"}},
          {"Identifier":"Orphan","Type":"MessageParticipant","Parameters":{"Text":"Nobody hears this."},"Transitions":{"NextAction":"Bye"}},
          {"Identifier":"Bye","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}]}
        """;

    private async Task<DccRun> TestAsync(string unreachable)
    {
        var flow = Path.Combine(_folder, "hello.json");
        await File.WriteAllTextAsync(flow, Flow);
        var file = Path.Combine(_folder, "hello.yaml");
        await File.WriteAllTextAsync(file, $$"""
            scenarios:
              - name: hello
                call: { number: "+14443330000", at: 2026-11-24T10:00:00-05:00, flow: "{{flow}}" }
                expect: { outcome: disconnected }
            {{unreachable}}
            """);
        return await DccRun.RunAsync(["test", file, "--coverage", "--min-coverage", "100", .. Config]);
    }

    [Fact]
    public async Task Test_ActionListedUnreachable_IsLeftOutOfTheFigures_AndTheReportSaysWhy()
    {
        // Act: the orphan action (no branch leads to it) is listed, as dcc explore lists it.
        var run = await TestAsync("""
            unreachable:
              - { flow: "hello", action: "Orphan", reason: "no reachable branch leads to this action" }
            """);

        // Assert: 2 of 2 actions and 1 of 1 branch (Hello's) once the orphan and its branch are left out, and the report says so.
        run.ExitCode.ShouldBe(0, run.Error + run.Output);
        run.Output.ShouldContain("total: actions 2/2 (100%), branches 1/1 (100%)");
        run.Output.ShouldContain("excluded as unreachable: 1 action(s), 1 branch(es), not counted above:");
        run.Output.ShouldContain("2 no reachable branch leads to this action");
    }

    [Fact]
    public async Task Test_UnreachableEntryWithoutAReason_ExitsTwoNamingTheEntry()
    {
        // Act
        var run = await TestAsync("""
            unreachable:
              - { flow: "hello", action: "Orphan" }
            """);

        // Assert
        run.ExitCode.ShouldBe(2, run.Error + run.Output);
        (run.Output + run.Error).ShouldContain("unreachable[0]");
        (run.Output + run.Error).ShouldContain("the flow, the action's Identifier and the reason");
        (run.Output + run.Error).ShouldNotContain("   at ");
    }
}
