using System.Collections.Immutable;
using DynamicContactCenter.Flows.Coverage;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Scenarios;

namespace DynamicContactCenter.Local.Explore;

/// <summary>What exploration did: the scenarios per entry flow, the coverage they reach, why the rest was not reached, and what
/// stopped it.</summary>
/// <param name="Files">One per entry flow: the scenarios that reached something no earlier one did, with what each did as expectations.</param>
/// <param name="Coverage">Action and branch coverage of every flow the calls entered.</param>
/// <param name="Reasons">Why each uncovered action or branch was not reached, by <see cref="Key"/>.</param>
/// <param name="Notes">Loops the calls ran into and bounds that cut exploration short, for people.</param>
/// <param name="Paths">How many calls were played.</param>
public sealed record ExploreResult(ImmutableArray<ExploredScenarios> Files, CoverageReport Coverage, ImmutableDictionary<string, string> Reasons,
    ImmutableArray<string> Notes, int Paths)
{
    /// <summary>Why <paramref name="gap"/> of <paramref name="flow"/> was not reached, or null when unknown.</summary>
    public string? ReasonFor(FlowModel flow, CoverageGap gap)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(gap);
        return Reasons.GetValueOrDefault(Key(flow, gap.ActionId, gap.Branch));
    }

    /// <summary>The key of <see cref="Reasons"/>.</summary>
    public static string Key(FlowModel flow, string actionId, string? branch)
    {
        ArgumentNullException.ThrowIfNull(flow);
        return $"{flow.File ?? flow.Name}\n{actionId}\n{branch}";
    }
}

/// <summary>The scenarios explored from one entry flow: one scenario file.</summary>
/// <param name="Entry">The entry flow.</param>
/// <param name="Scenarios">Its scenarios, in the order they were found.</param>
public sealed record ExploredScenarios(ExploreEntry Entry, ImmutableArray<Scenario> Scenarios)
{
    /// <summary>What no call can reach in the flows these scenarios enter, for a reason in the flow (<see cref="UnreachableBranches"/>):
    /// the file's <c>unreachable:</c>, which <c>dcc test --coverage</c> leaves out of its figures.</summary>
    public ImmutableArray<CoverageExclusion> Unreachable { get; init; } = [];
}
