using System.Text;

namespace DynamicContactCenter.Flows.Graph;

/// <summary>Mermaid <c>flowchart</c> text, as GitHub renders it in Markdown: one subgraph per flow, shapes by block kind, error branches
/// dotted, and a call's path in green (thick arrows, <c>linkStyle</c> by edge index).</summary>
public sealed class MermaidStyle : GraphStyle
{
    private const string Taken = "stroke:#1a7f37,stroke-width:3px";

    /// <inheritdoc />
    public override string Format(FlowGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var text = new StringBuilder("flowchart TD\n");
        foreach (var cluster in graph.Clusters)
        {
            text.Append("  subgraph ").Append(cluster.Id).Append("[\"").Append(Escape(cluster.Flow)).Append("\"]\n");
            foreach (var node in cluster.Nodes) text.Append("    ").Append(Node(node)).Append('\n');
            text.Append("  end\n");
        }

        var taken = new List<int>();
        for (var i = 0; i < graph.Edges.Length; i++)
        {
            var edge = graph.Edges[i];
            var arrow = edge.Taken ? "==>" : edge.Kind == GraphEdgeKind.Error ? "-.->" : "-->";
            text.Append("  ").Append(edge.From).Append(' ').Append(arrow);
            if (edge.Label.Length > 0) text.Append("|\"").Append(Escape(edge.Label)).Append("\"|");
            text.Append(' ').Append(edge.To).Append('\n');
            if (edge.Taken) taken.Add(i);
        }

        text.Append("  classDef start fill:#eaeef2,stroke:#57606a\n");
        var starts = graph.Clusters.SelectMany(c => c.Nodes).Where(n => n.Kind == GraphNodeKind.Start).Select(n => n.Id).ToList();
        text.Append("  class ").Append(string.Join(',', starts)).Append(" start\n");
        var unknown = graph.Clusters.SelectMany(c => c.Nodes).Where(n => n.Kind == GraphNodeKind.Unknown).Select(n => n.Id).ToList();
        if (unknown.Count > 0) text.Append("  classDef unknown fill:#fff8c5,stroke:#9a6700\n  class ").Append(string.Join(',', unknown)).Append(" unknown\n");
        var visited = graph.Clusters.SelectMany(c => c.Nodes).Where(n => n.Visited).Select(n => n.Id).ToList();
        if (visited.Count > 0)
        {
            text.Append("  classDef visited fill:#dafbe1,stroke:#1a7f37,stroke-width:2px\n");
            text.Append("  class ").Append(string.Join(',', visited)).Append(" visited\n");
        }

        if (taken.Count > 0) text.Append("  linkStyle ").Append(string.Join(',', taken)).Append(' ').Append(Taken).Append('\n');
        return text.ToString();
    }

    private static string Node(GraphNode node)
    {
        var (title, subtitle) = Label(node);
        var label = "\"" + Escape(title) + (subtitle is null ? "" : "<br/><small>" + Escape(subtitle) + "</small>") + "\"";
        return node.Id + node.Kind switch
        {
            GraphNodeKind.Start => "((" + label + "))",
            GraphNodeKind.Check => "{{" + label + "}}",
            GraphNodeKind.Lambda => "[/" + label + "/]",
            GraphNodeKind.Transfer => "[[" + label + "]]",
            GraphNodeKind.Terminal => "([" + label + "])",
            GraphNodeKind.Unknown => ">" + label + "]",
            _ => "(" + label + ")",
        };
    }

    /// <summary>Mermaid entity codes for the characters that end a quoted label or start markup.</summary>
    private static string Escape(string text) => text
        .Replace("&", "#amp;", StringComparison.Ordinal)
        .Replace("\"", "#quot;", StringComparison.Ordinal)
        .Replace("<", "#lt;", StringComparison.Ordinal)
        .Replace(">", "#gt;", StringComparison.Ordinal);
}
