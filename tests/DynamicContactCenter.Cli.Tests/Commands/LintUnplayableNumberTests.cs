using DynamicContactCenter.Cli.Tests.TestSupport;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Commands;

/// <summary>Issue #14, "lint explains why a number ends in the error path": a number whose queue the instance model does not have is
/// an error of <c>dcc lint</c> (DCC5029) naming the number, the queue and what was expected, where lint used to say "No findings" while
/// <c>dcc call</c> for it ended in the error path. The shipped project stays clean (<see cref="LintCommandTests"/>).</summary>
public sealed class LintUnplayableNumberTests : IDisposable
{
    // A queue ARN of the sample instance's shape that config/instance.yaml does not list (as TestMatrixUnplayableNumberTests).
    private const string MissingQueue = "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-0000-0000-0000-0000000000ff";

    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-lint-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Lint_NumberWhoseQueueIsNotInTheInstance_ExitsOneNamingNumberQueueAndFix()
    {
        // Arrange: the shipped routing data plus one number pointing at an unmodelled queue.
        var path = SampleRoutingFile.WithNumbers(_folder, ("+14443339999", "Lost line", MissingQueue));

        // Act
        var run = await DccRun.RunAsync("lint", "--routing", path, "--instance", RepositoryPaths.Combine("config", "instance.yaml"));

        // Assert
        run.ExitCode.ShouldBe(1, run.Output + run.Error);
        run.Output.ShouldContain("error DCC5029 unplayable-number " + path);
        run.Output.ShouldContain($"every call to +14443339999 ends in the error path: queue '{MissingQueue}' is not a queue of the instance model (expected one of: English, Spanish, French)");
        run.Output.ShouldContain("fix: Add the queue (its ARN and hours) under queues: in instance.yaml");
    }
}
