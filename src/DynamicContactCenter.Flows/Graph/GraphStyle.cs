namespace DynamicContactCenter.Flows.Graph;

/// <summary>Renders a <see cref="FlowGraph"/> as text in one diagram language.</summary>
public abstract class GraphStyle
{
    /// <summary>The diagram text, ending with a newline.</summary>
    public abstract string Format(FlowGraph graph);

    /// <summary>The style for <c>--format</c>: <c>mermaid</c> or <c>dot</c>; null for any other name.</summary>
    public static GraphStyle? For(string format) => format.ToLowerInvariant() switch
    {
        "mermaid" => new MermaidStyle(),
        "dot" => new DotStyle(),
        _ => null,
    };

    /// <summary>The block's text: its label (the Identifier when it is a name, else what the action does) and type, or <c>Start</c>.</summary>
    protected static (string Title, string? Subtitle) Label(GraphNode node) =>
        node.Kind == GraphNodeKind.Start ? ("Start", null) : (node.Label ?? node.ActionId, node.Type);
}
