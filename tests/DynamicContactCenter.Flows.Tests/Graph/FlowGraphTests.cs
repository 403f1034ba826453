using DynamicContactCenter.Flows.Catalog;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Graph;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Parsing;
using DynamicContactCenter.Flows.Tests.Lint;

namespace DynamicContactCenter.Flows.Tests.Graph;

public sealed class FlowGraphTests
{
    public static TheoryData<string> ShippedFlows => new() { "InitFlow", "LanguageFlow", "MainFlow", "CustomerQueueFlow" };

    private static FlowModel Shipped(string name) => FlowParser.ParseFile(LintFixture.FlowFile(name), name).Value!;

    [Theory]
    [MemberData(nameof(ShippedFlows))]
    public void MermaidStyle_ShippedFlow_MatchesApproved(string flow)
    {
        // Arrange
        var sut = new MermaidStyle();

        // Act
        var text = sut.Format(FlowGraph.Build([Shipped(flow)]));

        // Assert
        text.ShouldMatchApproved(c => c.WithDiscriminator(flow).NoDiff());
    }

    [Theory]
    [MemberData(nameof(ShippedFlows))]
    public void DotStyle_ShippedFlow_MatchesApproved(string flow)
    {
        // Arrange
        var sut = new DotStyle();

        // Act
        var text = sut.Format(FlowGraph.Build([Shipped(flow)]));

        // Assert
        text.ShouldMatchApproved(c => c.WithDiscriminator(flow).NoDiff());
    }

    [Fact]
    public void Build_BranchesToSameTarget_OneEdgeWithJoinedLabels()
    {
        // Arrange: MainFlow's transfer wires NextAction, QueueAtCapacity and NoMatchingError all to the error prompt.
        var main = Shipped("MainFlow");

        // Act
        var graph = FlowGraph.Build([main]);

        // Assert
        var transfer = graph.Clusters[0].Nodes.Single(n => n.ActionId == "Transfer to queue");
        var edge = graph.Edges.Single(e => e.From == transfer.Id);
        edge.Label.ShouldBe("Next / QueueAtCapacity / NoMatchingError");
        transfer.Kind.ShouldBe(GraphNodeKind.Transfer);
    }

    [Fact]
    public async Task Trace_SpanishCallInOpenHours_PathCrossesThreeFlowsEndingAtTransferToQueue()
    {
        // Arrange
        var routing = LintFixture.Routing();
        var instance = LintFixture.Instance;
        var catalog = new FlowCatalog(instance);
        var result = await new FlowInterpreter(instance, catalog, new RoutingDataFunctions(routing))
            .RunAsync(new CallRequest("+14443331111", CallRequest.DefaultCallerNumber, DateTimeOffset.Parse("2026-11-24T10:00:00-05:00", System.Globalization.CultureInfo.InvariantCulture)), CancellationToken.None);

        // Act
        var path = CallPathTracer.Trace(result, name => catalog.Resolve(name).Flow);

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Queued);
        path.Flows.ShouldBe(["InitFlow", "LanguageFlow", "MainFlow"]);
        path.Steps[0].ShouldBe(("InitFlow", "Set default voice"));
        path.Steps[^1].ShouldBe(("MainFlow", "Transfer to queue"));
        path.Edges.ShouldContain(("MainFlow", "Check hours", "Play recording prompt"));
        path.Edges.ShouldNotContain(("MainFlow", "Check hours", "Play closed prompt"));
        path.Transfers.ShouldBe([("InitFlow", "Go to language flow", "LanguageFlow"), ("LanguageFlow", "Go to main flow", "MainFlow")]);
    }

    [Fact]
    public async Task MermaidStyle_CallPath_HighlightsVisitedBlocksAndTakenEdges()
    {
        // Arrange
        var routing = LintFixture.Routing();
        var catalog = new FlowCatalog(LintFixture.Instance);
        var result = await new FlowInterpreter(LintFixture.Instance, catalog, new RoutingDataFunctions(routing))
            .RunAsync(new CallRequest("+14443330000", CallRequest.DefaultCallerNumber, DateTimeOffset.Parse("2026-11-24T23:00:00-05:00", System.Globalization.CultureInfo.InvariantCulture)), CancellationToken.None);
        var path = CallPathTracer.Trace(result, name => catalog.Resolve(name).Flow);
        var graph = FlowGraph.Build(path.Flows.Select(n => catalog.Resolve(n).Flow!), path);

        // Act
        var text = new MermaidStyle().Format(graph);

        // Assert
        text.ShouldMatchApproved(c => c.NoDiff());
        graph.Clusters.SelectMany(c => c.Nodes).Single(n => n.Flow == "MainFlow" && n.ActionId == "Play closed prompt").Visited.ShouldBeTrue();
        graph.Clusters.SelectMany(c => c.Nodes).Single(n => n.Flow == "MainFlow" && n.ActionId == "Transfer to queue").Visited.ShouldBeFalse();
        graph.Edges.Count(e => e.Kind == GraphEdgeKind.Transfer).ShouldBe(2);
    }
}
