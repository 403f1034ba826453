using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Graph;

/// <summary>The way one call went through the flows: the actions it ran (in order) and the branches it took.</summary>
/// <param name="Flows">The flows it passed, in order.</param>
/// <param name="Steps">The actions it ran, in order, as (flow, action).</param>
/// <param name="Edges">The branches it took, as (flow, from action, to action); a transfer is (from flow, from action, "" ) → see <paramref name="Transfers"/>.</param>
/// <param name="Transfers">Transfers between flows, as (from flow, from action, to flow).</param>
public sealed record CallPath(ImmutableArray<string> Flows, ImmutableArray<(string Flow, string Action)> Steps,
    ImmutableHashSet<(string Flow, string From, string To)> Edges, ImmutableArray<(string FromFlow, string FromAction, string ToFlow)> Transfers)
{
    /// <summary>True when the call ran <paramref name="action"/> of <paramref name="flow"/>.</summary>
    public bool Visited(string flow, string action) => Steps.Contains((flow, action));
}
