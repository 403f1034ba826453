using System.Text.Json;

namespace DynamicContactCenter.Cli.Tests.Commands;

public sealed class CallCommandTests
{
    [Fact]
    public async Task Call_SpanishNumberInOpenHours_ShowsSpanishExperienceEndingQueuedInSpanishQueue()
    {
        var run = await DccRun.RunAsync("call", "+14443331111", "--at", "2026-11-24T10:00:00-05:00");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("[Lupe, es-US] \"Gracias por llamar a Alpha to Zulu Corp");
        run.Output.ShouldContain("Outcome: queued in Spanish");
    }

    [Fact]
    public async Task Call_SpanishNumberAt2300_ShowsClosedTreatment()
    {
        var run = await DccRun.RunAsync("call", "+14443331111", "--at", "2026-11-24T23:00:00-05:00");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("En este momento estamos cerrados");
        run.Output.ShouldContain("Outcome: disconnected");
    }

    [Fact]
    public async Task Call_Json_HasOutcomeQueueAndOrderedEvents()
    {
        var run = await DccRun.RunAsync("call", "+14443330000", "--at", "2026-11-24T10:00:00-05:00", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        root.GetProperty("outcome").GetString().ShouldBe("queued");
        root.GetProperty("queue").GetProperty("name").GetString().ShouldBe("English");
        var types = root.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        types.ShouldContain("prompt");
        types.IndexOf("lambda").ShouldBeLessThan(types.IndexOf("prompt"));
        types.Last().ShouldBe("queued");
    }

    [Fact]
    public async Task Call_ExpectQueuedButClosed_ExitsOne()
    {
        var run = await DccRun.RunAsync("call", "+14443330000", "--at", "2026-11-24T23:00:00-05:00", "--expect-queued");

        run.ExitCode.ShouldBe(1);
    }

    [Fact]
    public async Task Call_AgentsOffline_ClosedTreatment()
    {
        var run = await DccRun.RunAsync("call", "+14443330000", "--at", "2026-11-24T10:00:00-05:00", "--agents", "English=Offline", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("outcome").GetString().ShouldBe("disconnected");
    }

    public static TheoryData<string[], string> BadInputs => new()
    {
        { ["call", "+14443330000", "--at", "tomorrow morning"], "--at 'tomorrow morning' is not valid: expected an ISO-8601 time with an offset" },
        { ["call", "+14443330000", "--agents", "English=Sleeping"], "--agents 'English=Sleeping' is not valid: expected an agent state: Available" },
        { ["call", "+14443330000", "--instance", "no-such-instance.yaml"], "no-such-instance.yaml' does not exist" },
        { ["call", "+14443330000", "--functions", "cloud"], "cloud" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Call_BadInput_ExitsTwoNamingTheValue(string[] args, string expected)
    {
        var run = await DccRun.RunAsync(args);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(expected);
    }

    [Fact]
    public async Task Call_FlowFileWithUnsupportedActionStrict_StopsWithDiagnosticNamingFlowAndActionAndExitsTwo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"custom-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """
            { "Version": "2019-10-30", "StartAction": "Greet",
              "Actions": [
                { "Identifier": "Greet", "Type": "MessageParticipant", "Parameters": { "Text": "Hello" }, "Transitions": { "NextAction": "Mystery" } },
                { "Identifier": "Mystery", "Type": "SummonDragon", "Parameters": {}, "Transitions": {} }
              ] }
            """);
        try
        {
            var run = await DccRun.RunAsync("call", "+14443330000", "--flow", path, "--json", "--strict");

            run.ExitCode.ShouldBe(2);
            using var document = JsonDocument.Parse(run.Output);
            document.RootElement.GetProperty("outcome").GetString().ShouldBe("error");
            var diagnostic = document.RootElement.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("severity").GetString() == "error");
            diagnostic.GetProperty("message").GetString()!.ShouldContain("SummonDragon");
            diagnostic.GetProperty("action").GetString().ShouldBe("Mystery");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Call_FlowFileWithUnsupportedAction_RunsItAsAStubAndWarnsNamingTheType()
    {
        var path = Path.Combine(Path.GetTempPath(), $"custom-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """
            { "Version": "2019-10-30", "StartAction": "Mystery",
              "Actions": [
                { "Identifier": "Mystery", "Type": "SummonDragon", "Parameters": {}, "Transitions": { "NextAction": "Greet" } },
                { "Identifier": "Greet", "Type": "MessageParticipant", "Parameters": { "Text": "Hello" }, "Transitions": { "NextAction": "Bye" } },
                { "Identifier": "Bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {} }
              ] }
            """);
        try
        {
            var run = await DccRun.RunAsync("call", "+14443330000", "--flow", path);

            run.ExitCode.ShouldBe(0);
            run.Output.ShouldContain("action type SummonDragon is not one the simulator runs: it ran as a stub and took its next action 'Greet'");
            run.Output.ShouldContain("\"Hello\"");
            run.Output.ShouldContain("Outcome: disconnected");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
