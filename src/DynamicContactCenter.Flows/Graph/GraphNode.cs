namespace DynamicContactCenter.Flows.Graph;

/// <summary>One block of a <see cref="FlowGraph"/>.</summary>
/// <param name="Id">A renderer-safe id (<c>f0_a3</c>), unique in the graph.</param>
/// <param name="Flow">The flow's name.</param>
/// <param name="ActionId">The action's Identifier (empty for the start node).</param>
/// <param name="Type">The action type (empty for the start node).</param>
/// <param name="Kind">How to draw it.</param>
/// <param name="Visited">True when the highlighted call ran it.</param>
/// <param name="Label">What to call it (<see cref="Model.ActionLabel"/>): the Identifier when it is a name, else what it does; null for
/// the start node.</param>
public sealed record GraphNode(string Id, string Flow, string ActionId, string Type, GraphNodeKind Kind, bool Visited, string? Label = null);
