using System.Text.Json;
using System.Text.Json.Nodes;
using DynamicContactCenter.Flows.Layout;
using DynamicContactCenter.Flows.Parsing;
using DynamicContactCenter.Flows.Tests.Instance;

namespace DynamicContactCenter.Flows.Tests.Layout;

public sealed class DesignerPositionWriterTests
{
    public static TheoryData<string> ShippedFlows() => [.. Directory.GetFiles(Path.Combine(InstanceModelLoaderTests.RepositoryRoot(), "flows"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedFlows))]
    public void Write_ShippedFlow_StoresComputedPositionsKeepsEverythingElseAndIsIdempotent(string file)
    {
        // Arrange
        var text = File.ReadAllText(Path.Combine(InstanceModelLoaderTests.RepositoryRoot(), "flows", file));
        var flow = FlowParser.Parse(text).Value!;
        var positions = LayeredLayout.Compute(flow);

        // Act
        var once = DesignerPositionWriter.Write(text, positions);
        var twice = DesignerPositionWriter.Write(once, LayeredLayout.Compute(FlowParser.Parse(once).Value!));

        // Assert
        twice.ShouldBe(once);
        using var written = JsonDocument.Parse(once);
        var (entry, actions) = DesignerPositionReader.Read(written.RootElement);
        entry.ShouldBe(positions.EntryPoint);
        actions.ToList().ShouldBe(positions.Actions.ToList());
        DesignerPositionReader.Problems(flow, written.RootElement).ShouldBeEmpty();
        WithoutPositions(once).ShouldBe(WithoutPositions(text));
    }

    [Fact]
    public void Write_OtherMetadataAndActionMetadata_KeptBesideThePositions()
    {
        // Arrange: an action's metadata the console writes besides its position (a parameter shown as text) must survive.
        const string text = """
            {
              "Version": "2019-10-30",
              "StartAction": "Bye",
              "Metadata": { "name": "Tiny", "ActionMetadata": { "Bye": { "isFriendlyName": true, "position": { "x": 1, "y": 1 } } } },
              "Actions": [
                { "Identifier": "Bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {} }
              ]
            }
            """;

        // Act
        var result = DesignerPositionWriter.Write(text, LayeredLayout.Compute(FlowParser.Parse(text).Value!));

        // Assert
        var metadata = JsonNode.Parse(result)!["Metadata"]!;
        metadata["name"]!.GetValue<string>().ShouldBe("Tiny");
        metadata["ActionMetadata"]!["Bye"]!["isFriendlyName"]!.GetValue<bool>().ShouldBeTrue();
        metadata["ActionMetadata"]!["Bye"]!["position"]!.ToJsonString().ShouldBe("{\"x\":320,\"y\":20}");
        metadata["entryPointPosition"]!.ToJsonString().ShouldBe("{\"x\":20,\"y\":20}");
        result.ShouldEndWith("""
              ]
            }
            """);
    }

    [Fact]
    public void Problems_FlowWithoutPositions_NamesWhatIsMissing()
    {
        // Arrange
        const string text = """{"Version":"2019-10-30","StartAction":"Bye","Actions":[{"Identifier":"Bye","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}]}""";
        using var document = JsonDocument.Parse(text);

        // Act
        var result = DesignerPositionReader.Problems(FlowParser.Parse(text).Value!, document.RootElement);

        // Assert
        result.ShouldBe(["no Metadata.entryPointPosition", "no Metadata.ActionMetadata position for 1 action(s): 'Bye'"]);
    }

    /// <summary>The document with the positions taken out again, to show nothing else changed.</summary>
    private static string WithoutPositions(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var metadata = root["Metadata"]!.AsObject();
        metadata.Remove("entryPointPosition");
        if (metadata["ActionMetadata"] is JsonObject actions)
        {
            foreach (var (_, entry) in actions)
            {
                entry!.AsObject().Remove("position");
            }

            if (actions.All(a => a.Value!.AsObject().Count == 0))
            {
                metadata.Remove("ActionMetadata");
            }
        }

        return root.ToJsonString();
    }
}
