using System.Text.Json;

namespace DynamicContactCenter.Cli.Tests.Commands;

/// <summary><c>dcc lint --type</c> and type inference for a bare export (issue #14): a whisper is judged as a whisper.</summary>
public sealed class LintFlowTypeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-lint-type-").FullName;

    /// <summary>A whisper as a bare file: a message speaking the queue name (with "Errors": [] as Connect exports it), then End flow.</summary>
    private const string BareWhisper = """
        {"Version":"2019-10-30","StartAction":"say","Metadata":{},"Actions":[
          {"Identifier":"say","Type":"MessageParticipant","Parameters":{"Text":"$.Queue.Name"},"Transitions":{"NextAction":"end","Errors":[],"Conditions":[]}},
          {"Identifier":"end","Type":"EndFlowExecution","Parameters":{},"Transitions":{}}]}
        """;

    [Fact]
    public async Task Lint_BareWhisperWithType_JudgedAsThatTypeWithNoError()
    {
        // Arrange
        var path = Path.Combine(_folder, "whisper.json");
        await File.WriteAllTextAsync(path, BareWhisper);

        // Act
        var run = await DccRun.RunAsync("lint", path, "--type", "AGENT_WHISPER", "--json");

        // Assert
        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        RuleIds(run.Output).ShouldNotContain("DCC5028");
        RuleIds(run.Output).ShouldNotContain("DCC5014");
    }

    [Fact]
    public async Task Lint_BareWhisperWithoutType_ExitsZeroAndSaysWhichTypeItAssumed()
    {
        // Arrange
        var path = Path.Combine(_folder, "whisper.json");
        await File.WriteAllTextAsync(path, BareWhisper);

        // Act
        var run = await DccRun.RunAsync("lint", path, "--json");

        // Assert
        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        using var document = JsonDocument.Parse(run.Output);
        var finding = document.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "DCC5028");
        finding.GetProperty("message").GetString().ShouldBe("no flow type declared; judged as CUSTOMER_QUEUE (its actions fit CUSTOMER_QUEUE, CUSTOMER_WHISPER, AGENT_WHISPER, OUTBOUND_WHISPER).");
        finding.GetProperty("fix").GetString().ShouldNotBeNull().ShouldContain("dcc lint --type TYPE");
    }

    [Fact]
    public async Task Lint_TypeThatIsNoFlowType_ExitsTwoNamingTheValueAndTheTypes()
    {
        // Arrange
        var path = Path.Combine(_folder, "whisper.json");
        await File.WriteAllTextAsync(path, BareWhisper);

        // Act
        var run = await DccRun.RunAsync("lint", path, "--type", "WHISPER");

        // Assert
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("'WHISPER' not recognized");
        run.Error.ShouldContain("AGENT_WHISPER");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static List<string?> RuleIds(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString())];
    }
}
