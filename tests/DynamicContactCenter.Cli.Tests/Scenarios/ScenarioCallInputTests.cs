using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Scenarios;

/// <summary>Issue 14, "silent leniency", for scenario files: <c>number:</c>, <c>at:</c> and <c>agents:</c> follow the rules of the
/// command-line options, and each bad value is a diagnostic with the file and line, before any scenario runs.</summary>
[Trait("Issue", "14")]
public sealed class ScenarioCallInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-scn-inputs-").FullName;

    private static readonly string[] Config = ["--routing", RepositoryPaths.RoutingYaml, "--instance", RepositoryPaths.Combine("config", "instance.yaml")];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string> BadCalls => new()
    {
        { "number: \"14443331111\", at: 2026-11-24T10:00:00-05:00", "did you mean +14443331111?" },
        { "number: \"+14443332222\", at: 2026-11-24T10:00:00", "expected an offset, e.g. 2026-11-24T10:00-05:00" },
        { "number: \"+14443332222\", at: 2026-11-24T10:00:00-05:00, agents: { French: Busy }", "expected an agent state: Available" },
        { "number: \"+14443332222\", at: 2026-11-24T10:00:00-05:00, agents: { Frnch: Offline }", "expected a queue of the instance model: English, Spanish, French" },
    };

    [Theory]
    [MemberData(nameof(BadCalls))]
    public async Task Test_BadCallValue_ExitsTwoNamingFileLineAndWhatIsExpected(string call, string expected)
    {
        // Arrange
        var file = Path.Combine(_folder, "bad.yaml");
        await File.WriteAllTextAsync(file, $"scenarios:\n  - name: lenient\n    call: {{ {call} }}\n    expect: {{ outcome: queued }}\n");

        // Act
        var run = await DccRun.RunAsync(["test", file, .. Config]);

        // Assert
        run.ExitCode.ShouldBe(ExitCodes.BadInput, run.Error + run.Output);
        run.Error.ShouldContain(file + ":3:");
        run.Error.ShouldContain("DCC3603");
        run.Error.ShouldContain(expected);
        run.Output.ShouldNotContain("passed");
    }
}
