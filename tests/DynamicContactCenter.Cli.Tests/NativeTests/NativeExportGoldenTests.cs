using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.NativeTests;

/// <summary><c>dcc test scenarios/ --export-native DIR</c> on the shipped scenarios writes exactly the golden files under
/// <c>NativeTests/golden</c>, byte for byte, and every test case in them passes the structural validator.</summary>
/// <remarks>After an intended change, regenerate the golden files from the repository root with
/// <c>dcc test scenarios --routing config/routing.yaml --instance config/instance.yaml --export-native tests/DynamicContactCenter.Cli.Tests/NativeTests/golden</c>
/// (delete the folder first) and review the diff.</remarks>
public sealed class NativeExportGoldenTests : IDisposable
{
    private static readonly string Golden = RepositoryPaths.Combine("tests", "DynamicContactCenter.Cli.Tests", "NativeTests", "golden");
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-native-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string[] Files(string root) =>
        [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task ExportNative_ShippedScenarios_WritesTheGoldenFilesByteForByte()
    {
        // Act
        var run = await DccRun.RunAsync(["test", RepositoryPaths.Scenarios, "--routing", RepositoryPaths.RoutingYaml, "--instance",
            RepositoryPaths.Combine("config", "instance.yaml"), "--export-native", _folder, "--quiet"]);

        // Assert
        run.Error.ShouldBeEmpty();
        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain($"Exported 27 native test case(s) to {_folder} (8 skipped: see report.md there).");
        Files(_folder).ShouldBe(Files(Golden));
        foreach (var file in Files(Golden))
        {
            File.ReadAllBytes(Path.Combine(_folder, file)).ShouldBe(File.ReadAllBytes(Path.Combine(Golden, file)), file);
        }
    }

    [Fact]
    public void GoldenTestCases_EveryOne_PassesTheStructuralValidator()
    {
        // Arrange
        var documents = Directory.GetFiles(Golden, "*.testcase.json", SearchOption.AllDirectories);

        // Act
        var problems = documents.SelectMany(d => NativeTestCaseShape.Problems(File.ReadAllText(d)).Select(p => $"{Path.GetFileName(d)}: {p}")).ToList();

        // Assert
        documents.Length.ShouldBe(27);
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void GoldenCreateInputs_ContentIsTheTestCaseDocumentAsAStringAndEndsBeforeTheQueue()
    {
        // Arrange: the Open-and-staffed main-flow scenario, queued in English.
        var stem = Path.Combine(Golden, "main-flow", "open-and-staffed-the-call-is-queued-after-the-recording-and-wait-prompts");
        using var input = System.Text.Json.JsonDocument.Parse(File.ReadAllText(stem + ".create-test-case.json"));
        using var content = System.Text.Json.JsonDocument.Parse(File.ReadAllText(stem + ".testcase.json"));

        // Act
        var embedded = input.RootElement.GetProperty("Content").GetString()!;
        var last = content.RootElement.GetProperty("Observations").EnumerateArray().Last();
        var actions = last.GetProperty("Actions").EnumerateArray().Select(a => a.GetProperty("Type").GetString()).ToList();

        // Assert: same document; the last observation is the transfer, asserted, then EndTest; the entry point dials the number.
        System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(embedded), System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(stem + ".testcase.json"))).ShouldBeTrue();
        last.GetProperty("Event").GetProperty("Properties").GetProperty("ActionType").GetString().ShouldBe("TransferContactToQueue");
        actions.ShouldBe(["Assert", "TestControl"]);
        last.GetProperty("Actions")[0].GetProperty("Parameters").GetProperty("Operand").GetString().ShouldBe("English");
        input.RootElement.GetProperty("EntryPoint").GetProperty("VoiceCallEntryPointParameters").GetProperty("DestinationPhoneNumber").GetString().ShouldBe("+14443330000");
        input.RootElement.GetProperty("Status").GetString().ShouldBe("PUBLISHED");
    }
}
