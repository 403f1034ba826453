using System.Globalization;
using System.Text;
using DynamicContactCenter.Flows.Layout;

namespace DynamicContactCenter.Flows.Graph;

/// <summary>Graphviz DOT text (<c>dot -Tsvg</c>): one <c>cluster_</c> subgraph per flow, shapes by block kind, error branches dashed,
/// and a call's path in green (visited blocks filled, taken edges bold).</summary>
public sealed class DotStyle : GraphStyle
{
    private const string Green = "#1a7f37";

    private readonly FlowPositions? _designer;

    /// <summary>A style that lets Graphviz lay the blocks out.</summary>
    public DotStyle()
    {
    }

    /// <summary>A style that pins each block of a one-flow graph at its designer position (<c>dcc graph --layout designer</c>), so
    /// a reviewer sees the blocks where the Connect designer will draw them.</summary>
    /// <param name="designer">The flow's stored positions.</param>
    public DotStyle(FlowPositions designer) => _designer = designer;

    /// <inheritdoc />
    public override string Format(FlowGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var text = new StringBuilder("digraph flows {\n");
        text.Append("  rankdir=TB;\n  compound=true;\n");
        text.Append("  node [shape=box, style=\"rounded\", fontname=\"Helvetica\", fontsize=10];\n");
        text.Append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        if (_designer is not null) text.Append("  layout=neato;\n  inputscale=72;\n  splines=true;\n");
        foreach (var cluster in graph.Clusters)
        {
            text.Append("  subgraph cluster_").Append(cluster.Id).Append(" {\n");
            text.Append("    label=").Append(Quote(cluster.Flow)).Append(";\n    style=\"rounded\";\n    color=\"#57606a\";\n");
            foreach (var node in cluster.Nodes) text.Append("    ").Append(Node(node)).Append('\n');
            text.Append("  }\n");
        }

        foreach (var edge in graph.Edges)
        {
            var attributes = new List<string>();
            if (edge.Label.Length > 0) attributes.Add("label=" + Quote(edge.Label));
            if (edge.Kind == GraphEdgeKind.Error) attributes.Add("style=dashed");
            if (edge.Taken) attributes.Add($"color=\"{Green}\", penwidth=2.5");
            text.Append("  ").Append(edge.From).Append(" -> ").Append(edge.To);
            if (attributes.Count > 0) text.Append(" [").Append(string.Join(", ", attributes)).Append(']');
            text.Append(";\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    private string Node(GraphNode node)
    {
        var (title, subtitle) = Label(node);
        var label = subtitle is null ? title : title + "\n" + subtitle;
        var attributes = new List<string> { "label=" + Quote(label) };
        attributes.Add(node.Kind switch
        {
            GraphNodeKind.Start => "shape=circle, style=\"filled\", fillcolor=\"#eaeef2\"",
            GraphNodeKind.Check => "shape=hexagon, style=\"\"",
            GraphNodeKind.Lambda => "shape=parallelogram, style=\"\"",
            GraphNodeKind.Transfer => "shape=box, peripheries=2, style=\"\"",
            GraphNodeKind.Terminal => "shape=box, style=\"rounded,bold\"",
            GraphNodeKind.Unknown => "shape=box, style=\"dashed\", color=\"#9a6700\"",
            _ => "shape=box",
        });
        if (node.Visited) attributes.Add($"color=\"{Green}\", penwidth=2, fillcolor=\"#dafbe1\", style=\"filled,rounded\"");
        if (_designer is not null && (node.Kind == GraphNodeKind.Start ? _designer.EntryPoint : _designer.Actions.GetValueOrDefault(node.ActionId)) is var at)
        {
            // The designer's y grows downwards, DOT's upwards; '!' pins the block (one designer pixel is one point).
            attributes.Add(string.Create(CultureInfo.InvariantCulture, $"pos=\"{at.X},{-at.Y}!\""));
        }

        return node.Id + " [" + string.Join(", ", attributes) + "];";
    }

    /// <summary>A DOT string literal; a newline becomes DOT's centred line break.</summary>
    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
