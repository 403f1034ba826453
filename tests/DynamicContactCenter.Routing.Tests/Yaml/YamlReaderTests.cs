using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Yaml;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Routing.Tests.Yaml;

[Trait("Issue", "11")]
public sealed class YamlReaderTests
{
    private const string FileName = "settings.yaml";

    private static readonly DiagnosticDescriptor WrongValue = new("DCC0001", "{0} is {1} (expected {2})");

    /// <summary>A format's reader: only its words for a node of the wrong shape.</summary>
    private sealed class FakeFormatReader() : YamlReader(FileName)
    {
        protected override void WrongShape(string path, YamlNode node, string expected) =>
            Error(WrongValue, path, node, path, Describe(node), expected);
    }

    private static Diagnostic SyntaxError(long line, string message) =>
        WrongValue.At(DiagnosticLocation.InFile(FileName, "(document)", line), Severity.Error, "(document)", "not YAML", message);

    private static YamlMappingNode Root(string yaml) =>
        (YamlMappingNode)SafeYaml.Load(yaml, FileName, SyntaxError).Value.ShouldNotBeNull().Documents[0].RootNode;

    [Fact]
    public void Mapping_ListWhereAMappingBelongs_ReportsFileKeyPathAndLine()
    {
        // Arrange
        var root = Root("name: x\nqueues:\n  - English\n");
        var sut = new FakeFormatReader();

        // Act
        var queues = sut.Mapping(YamlReader.Value(root, "queues"), "queues", "a mapping of queue name → status");

        // Assert
        queues.ShouldBeNull();
        var finding = sut.Diagnostics.ShouldHaveSingleItem();
        finding.Code.ShouldBe(WrongValue.Code);
        finding.ToString().ShouldBe("settings.yaml:3: queues: error DCC0001: queues is a list (expected a mapping of queue name → status)");
        sut.HasErrors.ShouldBeTrue();
    }

    [Fact]
    public void Scalar_TextAndAbsentKeys_ReadWithoutFindings()
    {
        // Arrange
        var root = Root("name: Alpha\nempty:\n");
        var sut = new FakeFormatReader();

        // Act
        var name = sut.Scalar(YamlReader.Value(root, "name"), "name", "a name");
        var empty = sut.Scalar(YamlReader.Get(root, "empty"), "empty", "a name");
        var missing = sut.Scalar(YamlReader.Value(root, "missing"), "missing", "a name");

        // Assert
        name.ShouldBe("Alpha");
        empty.ShouldBe("");
        missing.ShouldBeNull();
        sut.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Value_KeyWithYamlNull_IsAbsentButGetKeepsIt()
    {
        // Arrange
        var root = Root("a: ~\nb: 'null'\n");

        // Act / Assert
        YamlReader.Value(root, "a").ShouldBeNull();
        YamlReader.Get(root, "a").ShouldNotBeNull();
        YamlReader.Value(root, "b").ShouldBeOfType<YamlScalarNode>().Value.ShouldBe("null");
    }
}
