using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Commands;

/// <summary>Issue #14, "false green in the matrix": a number whose queue the instance model does not have must make
/// <c>dcc test --matrix</c> fail, with its closed and unstaffed rows present and naming the missing queue.</summary>
public sealed class TestMatrixUnplayableNumberTests : IDisposable
{
    // A queue ARN of the sample instance's shape that config/instance.yaml does not list.
    private const string MissingQueue = "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-0000-0000-0000-0000000000ff";

    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-matrix-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string RoutingWithLostNumber()
    {
        var yaml = File.ReadAllText(RepositoryPaths.RoutingYaml).Replace("dialedNumbers:\n", $"""
            dialedNumbers:
              "+14443339999":
                name: Lost line
                queue: {MissingQueue}
                language: English

            """, StringComparison.Ordinal);
        var path = Path.Combine(_folder, "routing.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    [Fact]
    public async Task Matrix_NumberWhoseQueueIsNotInTheInstance_FailsOnEverySituationNamingTheQueue()
    {
        // Arrange
        var routing = RoutingWithLostNumber();

        // Act
        var run = await DccRun.RunAsync(["test", "--matrix", "--routing", routing, "--instance", RepositoryPaths.Combine("config", "instance.yaml")]);

        // Assert: the lost number's open, closed and unstaffed rows are there and red; the other numbers still pass.
        run.ExitCode.ShouldBe(1, run.Output);
        var cannot = $"(cannot be played: queue '{MissingQueue}' is not a queue of the instance model";
        foreach (var situation in new[] { "open and staffed", "closed", "open but unstaffed" })
        {
            run.Output.ShouldContain($"+14443339999 (Lost line): {situation} {cannot}");
        }

        run.Output.TrimEnd().Split('\n')[^1].TrimEnd().ShouldBe("35 passed, 3 failed", run.Output);
    }
}
