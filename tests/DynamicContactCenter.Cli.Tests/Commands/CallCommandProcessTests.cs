using System.Text.Json;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Commands;

/// <summary>The done-when calls with the real Native AOT bootstrap serving every function through a local Runtime API.</summary>
[Trait("Category", "Aot")]
public sealed class CallCommandProcessTests(CallCommandProcessTests.PublishedBootstrap aot) : IClassFixture<CallCommandProcessTests.PublishedBootstrap>
{
    public sealed class PublishedBootstrap : IAsyncLifetime
    {
        public AotPublishResult Result { get; private set; } = null!;

        public async Task InitializeAsync() => Result = await AotBootstrap.PublishAsync();

        public Task DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Call_SpanishInOpenHoursWithAotProcesses_QueuedInSpanishQueue()
    {
        aot.Result.ExitCode.ShouldBe(0, aot.Result.Output);

        var run = await DccRun.RunAsync("call", "+14443331111", "--at", "2026-11-24T10:00:00-05:00", "--json",
            "--functions", "process", "--bootstrap", aot.Result.BootstrapPath);

        run.ExitCode.ShouldBe(0, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        root.GetProperty("outcome").GetString().ShouldBe("queued");
        root.GetProperty("queue").GetProperty("name").GetString().ShouldBe("Spanish");
        var lambdas = root.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "lambda").ToList();
        lambdas.Count.ShouldBe(3);
        lambdas.ShouldAllBe(e => e.GetProperty("note").GetString()!.StartsWith("process ", StringComparison.Ordinal));
        var prompts = root.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "prompt").ToList();
        prompts.ShouldAllBe(p => p.GetProperty("voice").GetString() == "Lupe");
    }

    [Fact]
    public async Task Call_SpanishAt2300WithAotProcesses_ClosedTreatment()
    {
        aot.Result.ExitCode.ShouldBe(0, aot.Result.Output);

        var run = await DccRun.RunAsync("call", "+14443331111", "--at", "2026-11-24T23:00:00-05:00",
            "--functions", "process", "--bootstrap", aot.Result.BootstrapPath);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("En este momento estamos cerrados");
        run.Output.ShouldContain("Outcome: disconnected");
    }

    [Fact]
    public async Task Call_ProcessModeWithMissingBinary_ExitsTwoNamingIt()
    {
        var run = await DccRun.RunAsync("call", "+14443331111", "--functions", "process", "--bootstrap", "/nonexistent/bootstrap");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("/nonexistent/bootstrap");
    }
}
