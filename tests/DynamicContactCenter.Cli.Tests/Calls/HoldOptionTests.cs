using System.Text.Json;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Calls;

/// <summary><c>dcc call --wait --hold</c> through the shipped files: the answered caller is put on hold and taken off it; our flows set no
/// hold hooks, so the transcript says the instance's default hold audio plays (not modelled).</summary>
[Trait("Issue", "12")]
public sealed class HoldOptionTests
{
    [Fact]
    public async Task Call_WaitAndHold_AnsweredCallerIsHeldThenTakenOffHold()
    {
        // Act
        var run = await DccRun.RunAsync("call", "+14443330000", "--at", "2026-11-24T10:00-05:00", "--agents", "English=Available", "--wait", "2m",
            "--hold", "30s", "--routing", RepositoryPaths.RoutingYaml, "--instance", RepositoryPaths.Combine("config", "instance.yaml"), "--json");

        // Assert
        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("outcome").GetString().ShouldBe("queued");
        var kinds = document.RootElement.GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "wait").Select(e => e.GetProperty("kind").GetString()).ToList();
        kinds.ShouldContain("onHold");
        kinds.Last().ShouldBe("offHold");
    }

    [Fact]
    public async Task Call_HoldNotADuration_IsRefusedNamingTheOption()
    {
        // Act
        var run = await DccRun.RunAsync("call", "+14443330000", "--wait", "2m", "--hold", "30");

        // Assert
        run.ExitCode.ShouldBe(ExitCodes.BadInput);
        run.Error.ShouldContain("--hold");
        run.Error.ShouldContain("'30'");
    }
}
