using System.Collections.Immutable;
using DynamicContactCenter.Flows.Layout;
using DynamicContactCenter.Flows.Parsing;
using DynamicContactCenter.Flows.Tests.Instance;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Layout;

public sealed class LayeredLayoutTests
{
    private const int Column = LayeredLayout.BlockWidth + LayeredLayout.ColumnGap;
    private const int Row = LayeredLayout.BlockHeight + LayeredLayout.RowGap;
    private const int M = LayeredLayout.Margin;

    public static TheoryData<string> ShippedAndCorpusFlows()
    {
        var root = InstanceModelLoaderTests.RepositoryRoot();
        var files = Directory.GetFiles(Path.Combine(root, "flows"), "*.json")
            .Concat(Directory.GetFiles(Path.Combine(root, "tests", "corpus"), "*", SearchOption.AllDirectories)
                .Where(f => File.ReadAllText(f).Contains("\"2019-10-30\"", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        return [.. files];
    }

    [Fact]
    public void Compute_NextAndErrorAndLoop_NextKeepsRowErrorFansBelowLoopDoesNotPushColumns()
    {
        // Arrange: Greet -Next-> Ask, Greet -error-> Sorry; Ask loops back to Greet on NoMatch (a back edge).
        var flow = FlowParser.Parse(Flow(
            Act("Greet", "MessageParticipant", "{\"Text\":\"hi\"}", next: "Ask", errors: [Err("NoMatchingError", "Sorry")]),
            Act("Ask", "GetParticipantInput", "{\"Text\":\"press 1\"}", next: "Hang up", conditions: [Cond("Equals", "1", "Hang up")], errors: [Err("NoMatchingCondition", "Greet")]),
            Say("Sorry", "sorry", "Hang up"),
            Disconnect(),
            Say("Orphan", "never reached", "Hang up"))).Value!;

        // Act
        var result = LayeredLayout.Compute(flow);

        // Assert
        result.EntryPoint.ShouldBe(new DesignerPosition(M, M));
        result.Actions["Greet"].ShouldBe(new DesignerPosition(M + Column, M));
        result.Actions["Ask"].ShouldBe(new DesignerPosition(M + (2 * Column), M));
        result.Actions["Sorry"].ShouldBe(new DesignerPosition(M + (2 * Column), M + Row));
        result.Actions["Hang up"].ShouldBe(new DesignerPosition(M + (3 * Column), M));
        result.Actions["Orphan"].ShouldBe(new DesignerPosition(M + (4 * Column), M));
    }

    [Theory]
    [MemberData(nameof(ShippedAndCorpusFlows))]
    public void Compute_ShippedOrCorpusFlow_PlacesEveryActionWithoutOverlap(string file)
    {
        // Arrange
        var flow = FlowParser.ParseFile(Path.Combine(InstanceModelLoaderTests.RepositoryRoot(), file)).Value.ShouldNotBeNull();

        // Act
        var result = LayeredLayout.Compute(flow);

        // Assert
        result.Actions.Keys.ShouldBe(flow.Actions.Select(a => a.Identifier).Order(StringComparer.Ordinal));
        result.Overlaps().ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ShippedAndCorpusFlows))]
    public void Compute_SameFlowTwice_SamePositions(string file)
    {
        // Arrange
        var path = Path.Combine(InstanceModelLoaderTests.RepositoryRoot(), file);

        // Act
        var first = LayeredLayout.Compute(FlowParser.ParseFile(path).Value!);
        var second = LayeredLayout.Compute(FlowParser.ParseFile(path).Value!);

        // Assert
        second.EntryPoint.ShouldBe(first.EntryPoint);
        second.Actions.ToList().ShouldBe(first.Actions.ToList());
    }

    [Fact]
    public void Overlaps_TwoBlocksCloserThanABlock_NamesThePair()
    {
        // Arrange
        var positions = new FlowPositions(new DesignerPosition(20, 20), new Dictionary<string, DesignerPosition>
        {
            ["A"] = new(300, 20),
            ["B"] = new(400, 100),
        }.ToImmutableSortedDictionary(StringComparer.Ordinal));

        // Act
        var result = positions.Overlaps();

        // Assert
        result.ShouldBe([("A", "B")]);
    }
}
