using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Scenarios;

/// <summary><c>wait:</c> in scenario files run by <c>dcc test</c>: the wait in queue decides the outcome a scenario asserts.</summary>
public sealed class ScenarioWaitRunTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-scn-wait-").FullName;

    private static readonly string[] Config = ["--routing", RepositoryPaths.RoutingYaml, "--instance", RepositoryPaths.Combine("config", "instance.yaml")];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Test_WaitUnderDefaults_NoAgentFreeIsAbandonedAndAFreeAgentAnswers()
    {
        // Arrange
        var file = Path.Combine(_folder, "hold.yaml");
        await File.WriteAllTextAsync(file, """
            defaults:
              at: 2026-11-24T10:00:00-05:00
              wait: 2m
            scenarios:
              - name: every Spanish agent is on a call, so the caller gives up
                call: { number: "+14443331111", agents: { Spanish: OnContact } }
                expect: { outcome: abandoned }
              - name: a Spanish agent is free and answers
                call: { number: "+14443331111" }
                expect: { outcome: queued, queue: Spanish }
            """);

        // Act
        var run = await DccRun.RunAsync(["test", file, .. Config]);

        // Assert
        run.Output.TrimEnd().Split('\n')[^1].ShouldBe("2 passed, 0 failed", run.Output + run.Error);
        run.ExitCode.ShouldBe(ExitCodes.Ok);
    }
}
