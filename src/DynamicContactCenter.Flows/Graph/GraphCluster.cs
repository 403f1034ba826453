using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Graph;

/// <summary>The blocks of one flow, drawn as a box of their own.</summary>
/// <param name="Id">A renderer-safe id (<c>f0</c>).</param>
/// <param name="Flow">The flow's name.</param>
/// <param name="Nodes">Its start node and actions, in document order.</param>
public sealed record GraphCluster(string Id, string Flow, ImmutableArray<GraphNode> Nodes);
