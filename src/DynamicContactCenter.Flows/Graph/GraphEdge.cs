namespace DynamicContactCenter.Flows.Graph;

/// <summary>One arrow of a <see cref="FlowGraph"/>. Branches between the same two blocks are one edge with their labels joined, as the
/// console often wires NextAction and an error to the same target.</summary>
/// <param name="From">The source node id.</param>
/// <param name="To">The target node id.</param>
/// <param name="Label">The branch: <c>Next</c>, a condition (<c>Equals True</c>) or an error type, joined with <c> / </c>.</param>
/// <param name="Kind">The first branch's kind (Next before Condition before Error).</param>
/// <param name="Taken">True when the highlighted call took it.</param>
public sealed record GraphEdge(string From, string To, string Label, GraphEdgeKind Kind, bool Taken);
