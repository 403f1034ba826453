using System.Text.Json;
using DynamicContactCenter.Flows.Parsing;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Legacy;

public sealed class ConvertCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-convert-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Convert_OriginalLegacyFlowWithOut_WritesFlowLanguageWithTheSameIdsThatParses()
    {
        // Arrange
        var output = Path.Combine(_folder, "LangFlow.json");

        // Act
        var run = await DccRun.RunAsync("convert", OriginalSampleFlows.File("100_LangFlow"), "--out", output);

        // Assert
        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldContain("converted 100_LangFlow: 9 action(s) written to");
        using var written = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        written.RootElement.GetProperty("Version").GetString().ShouldBe("2019-10-30");
        written.RootElement.GetProperty("StartAction").GetString().ShouldBe("c205dbba-86d8-4b86-8acf-feaa6fd18724");
        var parsed = FlowParser.ParseFile(output);
        parsed.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        parsed.Value!.Actions.Select(a => a.Identifier).ShouldContain("d10e63f7-2dbd-4cdf-ac81-eaaff043fbda");
    }

    [Fact]
    public async Task Convert_WithoutOut_PrintsTheDocument()
    {
        // Act
        var run = await DccRun.RunAsync("convert", OriginalSampleFlows.File("100_MainFlow"));

        // Assert
        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("\"Type\": \"CheckMetricData\"");
        run.Output.ShouldContain("\"ErrorType\": \"QueueAtCapacity\"");
    }

    [Fact]
    public async Task Convert_ModernFlow_RefusesNamingTheFile()
    {
        // Act
        var run = await DccRun.RunAsync("convert", RepositoryPaths.Combine("flows", "MainFlow.json"));

        // Assert
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("MainFlow.json");
        run.Error.ShouldContain("already flow language");
    }

    [Fact]
    public async Task Convert_MalformedModule_ExitsTwoNamingModuleAndField()
    {
        // Arrange
        var file = Path.Combine(_folder, "Old.json");
        await File.WriteAllTextAsync(file, """{"modules":[{"id":"m1","type":"SetVoice","branches":[],"parameters":[{"value":"Joanna"}]}],"version":"1","start":"m1"}""");

        // Act
        var run = await DccRun.RunAsync("convert", file, "--out", Path.Combine(_folder, "New.json"));

        // Assert
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("action 'm1', field modules[0].parameters[0].name: error DCC3006");
        File.Exists(Path.Combine(_folder, "New.json")).ShouldBeFalse();
    }

    [Fact]
    public async Task Call_LegacyFlowFile_IsReadDirectly()
    {
        // Act
        var run = await DccRun.RunAsync("call", "+14443330000", "--flow", OriginalSampleFlows.File("100_MainFlow"), "--at", "2026-11-24T10:00:00-05:00", "--json");

        // Assert: read and run (it has no queue without InitFlow's attributes, so it takes its error path and disconnects).
        run.ExitCode.ShouldBe(0, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("outcome").GetString().ShouldBe("disconnected");
        document.RootElement.GetProperty("diagnostics").EnumerateArray().ShouldContain(d => d.GetProperty("flow").GetString() == "100_MainFlow");
    }

    [Fact]
    public async Task Lint_LegacyFlowFile_IsReadDirectly()
    {
        // Act
        var run = await DccRun.RunAsync("lint", OriginalSampleFlows.File("100_LangFlow"));

        // Assert
        run.Error.ShouldNotContain("not a flow");
        (run.Output + run.Error).ShouldContain("100_LangFlow");
    }

    [Fact]
    public async Task Graph_LegacyFlowFile_DrawsItsModules()
    {
        // Act
        var run = await DccRun.RunAsync("graph", OriginalSampleFlows.File("100_LangFlow"));

        // Assert
        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("flowchart");
        run.Output.ShouldContain("Equals Spanish");
    }
}
