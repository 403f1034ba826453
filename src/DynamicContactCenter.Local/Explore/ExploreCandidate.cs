using DynamicContactCenter.Flows.Scenarios;

namespace DynamicContactCenter.Local.Explore;

/// <summary>A call exploration may play: the call, and what was chosen for it, for people (scenario names, the reasons a branch was
/// not reached).</summary>
/// <param name="Call">The call.</param>
/// <param name="Choice">What this call chose over the one it came from, e.g. <c>keys "2"</c>, <c>GetPrompts throws</c>.</param>
public sealed record ExploreCandidate(ScenarioCall Call, string Choice)
{
    /// <summary>The faults this call runs with (<see cref="ActionFaultChooser"/>), or null to keep those of the call it came from.</summary>
    public System.Collections.Immutable.ImmutableArray<ScenarioFault>? Faults { get; init; }
}
