using System.Collections.Immutable;
using DynamicContactCenter.Flows.Graph;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Layout;

/// <summary>A deterministic layered layout of one flow for the Connect designer: columns by longest path from the entry point
/// (back edges, found by a depth-first walk from StartAction taking the Next branch first, are dropped), the Next branch keeping
/// its row, conditions and errors fanned out below, actions no path reaches in one column after the last. Every block gets a
/// cell of its own on a fixed grid, so no two blocks overlap, and the same flow always gets the same positions.</summary>
/// <remarks>It lays out the blocks and branches of <see cref="FlowGraph"/> (the picture <c>dcc graph</c> draws), so both agree
/// on what a branch is.</remarks>
public static class LayeredLayout
{
    /// <summary>The width every block is given. Designer blocks are about 200 px wide (the widest, a prompt with its text, a little
    /// more); positions in console exports of the corpus (tests/corpus) are 230 px or more apart in a row.</summary>
    public const int BlockWidth = 220;

    /// <summary>The height every block is given: a block with three or four branches (hours, staffing) is about 180 px tall in
    /// the designer; taller blocks are rare.</summary>
    public const int BlockHeight = 180;

    /// <summary>The space between two columns, room for the arrows and their labels.</summary>
    public const int ColumnGap = 80;

    /// <summary>The space between two rows.</summary>
    public const int RowGap = 40;

    /// <summary>The margin: console exports put the entry point at <c>{"x": 20, "y": 20}</c> (every modern corpus export).</summary>
    public const int Margin = 20;

    /// <summary>Lays out <paramref name="flow"/>.</summary>
    /// <param name="flow">A parsed flow.</param>
    public static FlowPositions Compute(FlowModel flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var graph = FlowGraph.Build([flow]);
        var nodes = graph.Clusters[0].Nodes;
        var start = nodes[0].Id;
        var children = nodes.ToDictionary(n => n.Id, _ => new List<GraphEdge>(), StringComparer.Ordinal);
        foreach (var edge in graph.Edges)
        {
            children[edge.From].Add(edge);
        }

        // The Next branch first, then the others in document order (OrderBy is stable).
        var ordered = children.ToDictionary(c => c.Key, c => c.Value.OrderBy(e => e.Kind == GraphEdgeKind.Next ? 0 : 1).ToList(), StringComparer.Ordinal);
        var walk = new Walk(ordered);
        walk.Visit(start);

        // Longest path over the walk's forward edges, in reverse post-order (a topological order of the graph without back edges).
        var column = new Dictionary<string, int>(StringComparer.Ordinal) { [start] = 0 };
        foreach (var id in Enumerable.Reverse(walk.PostOrder))
        {
            foreach (var edge in ordered[id].Where(e => !walk.BackEdges.Contains(e)))
            {
                column[edge.To] = Math.Max(column.GetValueOrDefault(edge.To), column[id] + 1);
            }
        }

        var unreachableColumn = column.Values.Max() + 1;
        foreach (var node in nodes.Where(n => !column.ContainsKey(n.Id)))
        {
            column[node.Id] = unreachableColumn;
        }

        var row = PlaceRows(nodes, ordered, walk.PreOrder, column);
        DesignerPosition At(string id) => new(Margin + (column[id] * (BlockWidth + ColumnGap)), Margin + (row[id] * (BlockHeight + RowGap)));
        var actions = nodes.Skip(1).ToImmutableSortedDictionary(n => n.ActionId, n => At(n.Id), StringComparer.Ordinal);
        return new FlowPositions(At(start), actions);
    }

    /// <summary>Rows in the walk's pre-order: a block reached by its parent's Next branch asks for its parent's row, one reached
    /// by a condition or error for the row below; each takes the first free row from there in its column.</summary>
    private static Dictionary<string, int> PlaceRows(ImmutableArray<GraphNode> nodes, Dictionary<string, List<GraphEdge>> ordered, List<string> preOrder, Dictionary<string, int> column)
    {
        var row = new Dictionary<string, int>(StringComparer.Ordinal);
        var taken = new HashSet<(int Column, int Row)>();
        void Place(string id, int wanted)
        {
            var r = wanted;
            while (!taken.Add((column[id], r)))
            {
                r++;
            }

            row[id] = r;
        }

        Place(preOrder[0], 0);
        foreach (var id in preOrder)
        {
            foreach (var edge in ordered[id].Where(e => !row.ContainsKey(e.To)))
            {
                Place(edge.To, edge.Kind == GraphEdgeKind.Next ? row[id] : row[id] + 1);
            }
        }

        foreach (var node in nodes.Where(n => !row.ContainsKey(n.Id)))
        {
            Place(node.Id, 0);
        }

        return row;
    }

    /// <summary>The depth-first walk from the entry point: its pre- and post-order and the edges that close a cycle.</summary>
    private sealed class Walk(Dictionary<string, List<GraphEdge>> children)
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly HashSet<string> _onPath = new(StringComparer.Ordinal);

        public List<string> PreOrder { get; } = [];

        public List<string> PostOrder { get; } = [];

        public HashSet<GraphEdge> BackEdges { get; } = [];

        public void Visit(string id)
        {
            _seen.Add(id);
            _onPath.Add(id);
            PreOrder.Add(id);
            foreach (var edge in children[id])
            {
                if (_onPath.Contains(edge.To))
                {
                    BackEdges.Add(edge);
                }
                else if (!_seen.Contains(edge.To))
                {
                    Visit(edge.To);
                }
            }

            _onPath.Remove(id);
            PostOrder.Add(id);
        }
    }
}
