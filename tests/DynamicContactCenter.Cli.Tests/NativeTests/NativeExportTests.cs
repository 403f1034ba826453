using System.Text.Json;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.NativeTests;

/// <summary><c>dcc test --export-native</c> on small scenario files: what a scenario's run becomes in the test case, and the errors a
/// user sees for bad options.</summary>
public sealed class NativeExportTests : IDisposable
{
    private static readonly string[] Config = ["--routing", RepositoryPaths.RoutingYaml, "--instance", RepositoryPaths.Combine("config", "instance.yaml")];
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-native-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private JsonElement Read(string relative) => JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "out", relative))).RootElement;

    private const string Scenarios = """
        scenarios:
          - name: Starts at the init flow with attributes set
            call:
              number: "+14443330000"
              at: 2026-11-24T10:00:00-05:00
              flow: InitFlow
              attributes: { Campaign: spring }
            expect: { outcome: queued, queue: English, attributes: { Language: English } }
          - name: Spanish caller expected in French
            call: { number: "+14443331111", at: 2026-11-24T10:00:00-05:00 }
            expect: { queue: French }
          - name: GetPrompts throwing
            call: { number: "+14443331111", at: 2026-11-24T10:00:00-05:00 }
            faults:
              - { function: GetPrompts, fault: throws }
            expect: { outcome: disconnected }
          - name: After hours
            call: { number: "+14443331111", at: 2026-11-24T23:00:00-05:00 }
            expect: { outcome: disconnected }
        """;

    [Fact]
    public async Task ExportNative_FlowIds_StartsAtTheFlowIdAloneWithInitializationDataAndAttributeAsserts()
    {
        // Arrange
        var file = Write("calls.yaml", Scenarios);
        var ids = Write("ids.json", """{"InitFlow": "11111111-2222-3333-4444-000000000001"}""");

        // Act
        var run = await DccRun.RunAsync(["test", file, .. Config, "--export-native", Path.Combine(_folder, "out"), "--flow-ids", ids]);

        // Assert: FlowId alone (never with a destination number), InitializationData as the API's JSON string, the expected attribute asserted.
        run.ExitCode.ShouldBe(1); // the French expectation fails; the export is still written
        var input = Read("calls/starts-at-the-init-flow-with-attributes-set.create-test-case.json");
        var entry = input.GetProperty("EntryPoint").GetProperty("VoiceCallEntryPointParameters");
        entry.EnumerateObject().Select(p => $"{p.Name}={p.Value.GetString()}").ShouldBe(["FlowId=11111111-2222-3333-4444-000000000001"]);
        input.GetProperty("InitializationData").GetString().ShouldBe("""{"Attributes":{"Campaign":"spring"},"SegmentAttributes":{}}""");
        var content = input.GetProperty("Content").GetString()!;
        content.ShouldContain("""{"Namespace":"$.Attributes.Language","Operand":"English","Operator":"Equals"}""");
        content.ShouldContain("""{"Namespace":"$.Queue.Name","Operand":"English","Operator":"Equals"}""");
        NativeTestCaseShape.Problems(content).ShouldBeEmpty();
    }

    [Fact]
    public async Task ExportNative_FailingScenarioAndStartFlowWithoutId_AreSkippedWithTheReasonInTheReport()
    {
        // Arrange
        var file = Write("calls.yaml", Scenarios);

        // Act
        var run = await DccRun.RunAsync(["test", file, .. Config, "--export-native", Path.Combine(_folder, "out")]);

        // Assert
        run.Output.ShouldContain("Exported 2 native test case(s)");
        var report = File.ReadAllText(Path.Combine(_folder, "out", "report.md"));
        report.ShouldContain("### Starts at the init flow with attributes set\n\nSkipped: DCC3645: the call starts at flow 'InitFlow' and --flow-ids gives no id for it");
        report.ShouldContain("### Spanish caller expected in French\n\nSkipped: DCC3640: its offline run failed (1 expectation(s) missed)");
        var json = Read("report.json");
        json.GetProperty("skipped").GetInt32().ShouldBe(2);
        Directory.GetFiles(Path.Combine(_folder, "out", "calls")).Select(Path.GetFileName).Order().ShouldBe(
            ["after-hours.create-test-case.json", "after-hours.testcase.json", "getprompts-throwing.create-test-case.json", "getprompts-throwing.testcase.json"]);
    }

    [Fact]
    public async Task ExportNative_AfterHoursAndAFunctionFault_ForceClosedHoursAndMockTheFunctionAtTestStart()
    {
        // Arrange
        var file = Write("calls.yaml", Scenarios);

        // Act
        await DccRun.RunAsync(["test", file, .. Config, "--export-native", Path.Combine(_folder, "out")]);

        // Assert: TestInitiated carries the overrides: the thrown GetPrompts as an error mock; after hours as the always-closed hours.
        Overrides("calls/getprompts-throwing.testcase.json").ShouldBe(["""InvokeLambdaFunction {"MockResponse":{"Status":"Error"},"Type":"MockResponse"}"""]);
        Overrides("calls/after-hours.testcase.json").ShouldBe(["""CheckHoursOfOperation {"SubstituteArn":"${AlwaysClosedHoursArn}","Type":"SubstituteResource"}"""]);
        File.ReadAllText(Path.Combine(_folder, "out", "report.md")).ShouldContain("- not observable: the disconnect itself");
    }

    private List<string> Overrides(string testCase)
    {
        var first = Read(testCase).GetProperty("Observations")[0];
        first.GetProperty("Event").GetProperty("Type").GetString().ShouldBe("TestInitiated");
        return [.. first.GetProperty("Actions").EnumerateArray()
            .Select(a => a.GetProperty("Parameters").GetProperty("Behavior").GetProperty("Properties"))
            .Select(p => $"{p.GetProperty("ActionType").GetString()} {p.GetProperty("Strategy").GetRawText().ReplaceLineEndings("").Replace(" ", "", StringComparison.Ordinal)}")];
    }

    [Fact]
    public async Task ExportNative_FlowIdsNotJson_FailsNamingTheFileBeforeAnyRun()
    {
        // Arrange
        var file = Write("calls.yaml", Scenarios);
        var ids = Write("ids.json", "InitFlow: 1234");

        // Act
        var run = await DccRun.RunAsync(["test", file, .. Config, "--export-native", Path.Combine(_folder, "out"), "--flow-ids", ids]);

        // Assert
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"error DCC4643: --flow-ids file '{ids}': not valid JSON (line 1) (expected a JSON object of flow name to flow id");
        Directory.Exists(Path.Combine(_folder, "out")).ShouldBeFalse();
    }

    [Fact]
    public async Task ExportNative_FlowIdsWithoutExport_IsAnError()
    {
        // Act
        var run = await DccRun.RunAsync(["test", Write("calls.yaml", Scenarios), .. Config, "--flow-ids", Write("ids.json", "{}")]);

        // Assert
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("error DCC4644: --flow-ids is only used with --export-native DIR.");
    }
}
