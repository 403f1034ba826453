using System.Collections.Immutable;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Execution.Actions;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Graph;

/// <summary>A neutral picture of one or more flows: a cluster of blocks per flow, the branches between them (labelled with their
/// condition or error type) and, for a call, which blocks it ran and which branches it took. <see cref="MermaidStyle"/> and
/// <see cref="DotStyle"/> render it; it knows nothing of either.</summary>
public sealed class FlowGraph
{
    private FlowGraph(ImmutableArray<GraphCluster> clusters, ImmutableArray<GraphEdge> edges)
    {
        Clusters = clusters;
        Edges = edges;
    }

    /// <summary>One cluster per flow, in the order given.</summary>
    public ImmutableArray<GraphCluster> Clusters { get; }

    /// <summary>The edges, in document order of their source blocks, then transfers between flows.</summary>
    public ImmutableArray<GraphEdge> Edges { get; }

    /// <summary>True when a call is highlighted.</summary>
    public bool HasPath => Edges.Any(e => e.Taken) || Clusters.Any(c => c.Nodes.Any(n => n.Visited));

    /// <summary>Builds the graph of <paramref name="flows"/>, highlighting <paramref name="path"/> when given.</summary>
    /// <param name="flows">The flows to draw.</param>
    /// <param name="path">The call to highlight, or null.</param>
    public static FlowGraph Build(IEnumerable<FlowModel> flows, CallPath? path = null)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var clusters = ImmutableArray.CreateBuilder<GraphCluster>();
        var edges = ImmutableArray.CreateBuilder<GraphEdge>();
        var ids = new Dictionary<(string Flow, string Action), string>();
        var startIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var list = flows.ToList();
        for (var f = 0; f < list.Count; f++)
        {
            var model = list[f];
            var clusterId = $"f{f}";
            var startId = $"{clusterId}_start";
            startIds[model.Name] = startId;
            var nodes = ImmutableArray.CreateBuilder<GraphNode>();
            nodes.Add(new GraphNode(startId, model.Name, "", "", GraphNodeKind.Start, path?.Flows.Contains(model.Name) ?? false));
            for (var a = 0; a < model.Actions.Length; a++)
            {
                var action = model.Actions[a];
                var id = $"{clusterId}_a{a}";
                ids[(model.Name, action.Identifier)] = id;
                nodes.Add(new GraphNode(id, model.Name, action.Identifier, action.Type, KindOf(action), path?.Visited(model.Name, action.Identifier) ?? false, ActionLabel.Of(action)));
            }

            clusters.Add(new GraphCluster(clusterId, model.Name, nodes.ToImmutable()));
            edges.Add(new GraphEdge(startId, ids[(model.Name, model.StartAction)], "", GraphEdgeKind.Next, path?.Visited(model.Name, model.StartAction) ?? false));
            foreach (var action in model.Actions)
            {
                edges.AddRange(EdgesOf(model, action, ids, path));
            }
        }

        foreach (var (fromFlow, fromAction, toFlow) in path?.Transfers ?? [])
        {
            if (ids.TryGetValue((fromFlow, fromAction), out var from) && startIds.TryGetValue(toFlow, out var to))
            {
                edges.Add(new GraphEdge(from, to, "transfer", GraphEdgeKind.Transfer, true));
            }
        }

        return new FlowGraph(clusters.ToImmutable(), edges.ToImmutable());
    }

    private static IEnumerable<GraphEdge> EdgesOf(FlowModel model, FlowAction action, Dictionary<(string, string), string> ids, CallPath? path)
    {
        var branches = TransitionChoice.Branches(action.Transitions).Select(b => b switch
        {
            { Condition: { } condition } => (b.Target, Label: $"{condition.Operator} {string.Join(", ", condition.Operands)}", Kind: GraphEdgeKind.Condition),
            { ErrorType: { } errorType } => (b.Target, Label: errorType, Kind: GraphEdgeKind.Error),
            _ => (b.Target, Label: "Next", Kind: GraphEdgeKind.Next),
        });
        var from = ids[(model.Name, action.Identifier)];
        foreach (var group in branches.GroupBy(b => b.Target, StringComparer.Ordinal))
        {
            var taken = path?.Edges.Contains((model.Name, action.Identifier, group.Key)) ?? false;
            yield return new GraphEdge(from, ids[(model.Name, group.Key)], string.Join(" / ", group.Select(b => b.Label)), group.Min(b => b.Kind), taken);
        }
    }

    /// <summary>The kind its executor's spec declares; a plain step with conditions is drawn as a check.</summary>
    private static GraphNodeKind KindOf(FlowAction action) => action switch
    {
        UnknownAction => GraphNodeKind.Unknown,
        _ when ActionExecutors.SpecFor(action.Type) is { NodeKind: not GraphNodeKind.Action } spec => spec.NodeKind,
        { Transitions.Conditions.IsEmpty: false } => GraphNodeKind.Check,
        _ => GraphNodeKind.Action,
    };
}
