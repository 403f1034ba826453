using System.Text.Json;

namespace DynamicContactCenter.Cli.Tests.Commands;

/// <summary><c>dcc call --wait</c>: the wait in queue through the shipped flows, instance model and handlers (issue #12 item 4).</summary>
public sealed class CallWaitCommandTests
{
    private const string Spanish = "+14443331111";
    private const string OpenHours = "2026-11-24T10:00-05:00";

    [Fact]
    public async Task Call_WaitAndNoAgentAvailable_CallerHangsUpAtTheEndOfTheWait()
    {
        // Act: agents on a contact count as staffed, so MainFlow queues the call, but none is available to answer it.
        var run = await DccRun.RunAsync("call", Spanish, "--at", OpenHours, "--agents", "Spanish=OnContact", "--wait", "2m", "--json");

        // Assert
        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("outcome").GetString().ShouldBe("abandoned");
        var waits = document.RootElement.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "wait").ToList();
        waits[0].GetProperty("kind").GetString().ShouldBe("waiting");
        waits[^1].GetProperty("kind").GetString().ShouldBe("hungUp");
        waits[^1].GetProperty("waitedSeconds").GetInt32().ShouldBe(120);
    }

    [Fact]
    public async Task Call_WaitAndAnAgentAvailable_IsAnsweredAndSaysWhen()
    {
        // Act
        var run = await DccRun.RunAsync("call", Spanish, "--at", OpenHours, "--wait", "90s");

        // Assert
        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        run.Output.ShouldContain("Outcome: queued");
        run.Output.ShouldContain("answered by an agent after 0s");
    }

    [Fact]
    public async Task Call_WaitForPeople_ShowsTheWaitWithVirtualTimesAndTheOutcome()
    {
        // Act
        var run = await DccRun.RunAsync("call", Spanish, "--at", OpenHours, "--agents", "Spanish=OnContact", "--wait", "1m30s");

        // Assert
        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        run.Output.ShouldContain("0:00 in Spanish for up to 1m30s; no agent is available");
        run.Output.ShouldContain("1:30 no agent answered within 1m30s: the caller hung up");
        run.Output.ShouldContain("Outcome: abandoned");
    }

    [Fact]
    public async Task Call_NoWait_EndsQueuedWithoutWaitEvents()
    {
        // Act
        var run = await DccRun.RunAsync("call", Spanish, "--at", OpenHours, "--json");

        // Assert
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("outcome").GetString().ShouldBe("queued");
        document.RootElement.TryGetProperty("answeredAfterSeconds", out _).ShouldBeFalse();
        document.RootElement.GetProperty("events").EnumerateArray().ShouldNotContain(e => e.GetProperty("type").GetString() == "wait");
    }

    [Theory]
    [InlineData("90")]
    [InlineData("two minutes")]
    public async Task Call_WaitNotADuration_ExitsTwoNamingOptionValueAndExpected(string wait)
    {
        // Act
        var run = await DccRun.RunAsync("call", Spanish, "--at", OpenHours, "--wait", wait);

        // Assert
        run.ExitCode.ShouldBe(ExitCodes.BadInput, run.Output);
        run.Error.ShouldContain($"--wait '{wait}' is not valid: expected a duration with units, such as 90s, 2m or 1m30s");
        run.Output.ShouldNotContain("Outcome:");
    }
}
