using System.Text.Json;
using System.Text.Json.Nodes;
using DynamicContactCenter.Flows.Layout;
using DynamicContactCenter.Flows.Parsing;
using DynamicContactCenter.Flows.Parsing.Legacy;
using DynamicContactCenter.Flows.Tests.Instance;

namespace DynamicContactCenter.Flows.Tests.Layout;

/// <summary>Issue #13 checks: what <c>dcc layout</c> writes (positions and canonical transitions) is the same bytes for the same input
/// and has no overlapping blocks, on every shipped flow and every flow of the test corpus (legacy exports through convert first, as a
/// team moving them would); and convert carries a legacy export's own designer positions over.</summary>
public sealed class CorpusLayoutTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static TheoryData<string> ShippedAndCorpusFlows()
    {
        var root = InstanceModelLoaderTests.RepositoryRoot();
        var files = Directory.GetFiles(Path.Combine(root, "flows"), "*.json")
            .Concat(Directory.GetFiles(Path.Combine(root, "tests", "corpus"), "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        return [.. files];
    }

    [Theory]
    [MemberData(nameof(ShippedAndCorpusFlows))]
    public void LayOut_ShippedOrCorpusFlow_SameBytesEveryTimeAndNoOverlap(string file)
    {
        // Arrange
        var text = FlowLanguageText(Path.Combine(InstanceModelLoaderTests.RepositoryRoot(), file));

        // Act
        var first = LayOut(text);
        var second = LayOut(text);
        var again = LayOut(first);

        // Assert
        second.ShouldBe(first);
        again.ShouldBe(first);
        using var written = JsonDocument.Parse(first);
        DesignerPositionReader.Problems(FlowParser.Parse(first).Value.ShouldNotBeNull(), written.RootElement).ShouldBeEmpty();
        CanonicalTransitions.Problems(written.RootElement).ShouldBeEmpty();
    }

    [Fact]
    public void Convert_CorpusLegacyExportWithPositions_KeepsEveryModulePositionAndTheEntryPoint()
    {
        // Arrange: the original sample's InitFlow, a legacy export whose modules carry metadata.position.
        var path = Path.Combine(InstanceModelLoaderTests.RepositoryRoot(), "tests", "corpus", "amazon-connect-snippets", "projects", "DynamicContactCenter", "ContactFlows", "100_InitFlow");
        var legacy = JsonNode.Parse(File.ReadAllText(path))!.AsObject();

        // Act
        var converted = LegacyFlowConverter.Convert(File.ReadAllText(path), path).Flow.ShouldNotBeNull();

        // Assert
        var metadata = converted["Metadata"]!.AsObject();
        JsonNode.DeepEquals(metadata["entryPointPosition"], legacy["metadata"]!["entryPointPosition"]).ShouldBeTrue();
        var modules = legacy["modules"]!.AsArray();
        modules.Count.ShouldBeGreaterThan(0);
        foreach (var module in modules)
        {
            var id = (string)module!["id"]!;
            var position = module["metadata"]!["position"].ShouldNotBeNull();
            JsonNode.DeepEquals(metadata["ActionMetadata"]![id]!["position"], position).ShouldBeTrue(id);
        }
    }

    /// <summary>What <c>dcc layout</c> writes for <paramref name="text"/>.</summary>
    private static string LayOut(string text) =>
        CanonicalTransitions.Write(DesignerPositionWriter.Write(text, LayeredLayout.Compute(FlowParser.Parse(text).Value.ShouldNotBeNull())));

    /// <summary>The file's flow-language text: a legacy export converted as <c>dcc convert</c> does.</summary>
    private static string FlowLanguageText(string path)
    {
        var text = File.ReadAllText(path);
        if (text.Contains("\"2019-10-30\"", StringComparison.Ordinal)) return text;
        var converted = LegacyFlowConverter.Convert(text, path).Flow.ShouldNotBeNull(path);
        return converted.ToJsonString(Indented) + "\n";
    }
}
