using System.Collections.Immutable;
using System.Globalization;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Coverage;

/// <summary>Action and branch coverage of the flows calls entered (<see cref="CoverageCollector"/>).</summary>
/// <param name="Flows">Per flow, in the order calls first entered them.</param>
public sealed record CoverageReport(ImmutableArray<FlowCoverage> Flows)
{
    /// <summary>Branches exercised, over every flow.</summary>
    public int BranchesCovered => Flows.Sum(f => f.BranchesCovered);

    /// <summary>Branches wired, over every flow.</summary>
    public int Branches => Flows.Sum(f => f.Branches);

    /// <summary>Actions run, over every flow.</summary>
    public int ActionsCovered => Flows.Sum(f => f.ActionsCovered);

    /// <summary>Actions, over every flow.</summary>
    public int Actions => Flows.Sum(f => f.Actions);

    /// <summary>The share of branches exercised, 0–100 (100 when nothing has a branch): what <c>--min-coverage</c> is checked against,
    /// because a branch not taken is behaviour no test pins while every action can run on one path.</summary>
    public double BranchPercent => CoverageFigures.Percent(BranchesCovered, Branches);

    /// <summary>The share of actions run, 0–100.</summary>
    public double ActionPercent => CoverageFigures.Percent(ActionsCovered, Actions);

    /// <summary>Actions and branches left out of the figures as unreachable, over every flow.</summary>
    public int Excluded => Flows.Sum(f => f.Excluded.Length);

    /// <summary>This report with every uncovered action and branch that <paramref name="exclusions"/> name (by flow name, action and
    /// branch) left out of the totals and listed under <see cref="FlowCoverage.Excluded"/>; an excluded action takes its branches with it.
    /// What a call did take stays counted: a scenario that reaches an "unreachable" branch proves the list wrong, not the suite.</summary>
    public CoverageReport Excluding(IEnumerable<CoverageExclusion> exclusions)
    {
        ArgumentNullException.ThrowIfNull(exclusions);
        var byKey = new Dictionary<(string, string, string?), CoverageExclusion>();
        foreach (var exclusion in exclusions) byKey.TryAdd((exclusion.Flow, exclusion.ActionId, exclusion.Branch), exclusion);
        return byKey.Count == 0 ? this : new([.. Flows.Select(f => f.Excluding(byKey))]);
    }
}

/// <summary>One flow's coverage.</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Actions">Its actions.</param>
/// <param name="ActionsCovered">Those some call ran.</param>
/// <param name="Branches">Its branches (NextAction, each condition, each error of every action).</param>
/// <param name="BranchesCovered">Those some call took.</param>
/// <param name="Uncovered">Actions never run and branches never taken, in document order.</param>
public sealed record FlowCoverage(FlowModel Flow, int Actions, int ActionsCovered, int Branches, int BranchesCovered, ImmutableArray<CoverageGap> Uncovered)
{
    /// <summary>The share of branches taken, 0–100.</summary>
    public double BranchPercent => CoverageFigures.Percent(BranchesCovered, Branches);

    /// <summary>The share of actions run, 0–100.</summary>
    public double ActionPercent => CoverageFigures.Percent(ActionsCovered, Actions);

    /// <summary>Actions and branches left out of the figures as unreachable (<see cref="CoverageReport.Excluding"/>), with the reason.</summary>
    public ImmutableArray<CoverageExclusion> Excluded { get; init; } = [];

    internal FlowCoverage Excluding(IReadOnlyDictionary<(string, string, string?), CoverageExclusion> byKey)
    {
        var excludedActions = Uncovered.Where(g => g.Branch is null && byKey.ContainsKey((Flow.Name, g.ActionId, null))).Select(g => g.ActionId).ToHashSet(StringComparer.Ordinal);
        var excluded = new List<CoverageExclusion>();
        var kept = new List<CoverageGap>();
        foreach (var gap in Uncovered)
        {
            if (byKey.TryGetValue((Flow.Name, gap.ActionId, gap.Branch), out var exclusion)) excluded.Add(exclusion);
            else if (gap.Branch is not null && excludedActions.Contains(gap.ActionId)) excluded.Add(byKey[(Flow.Name, gap.ActionId, null)] with { Branch = gap.Branch });
            else kept.Add(gap);
        }

        if (excluded.Count == 0) return this;
        var actions = excluded.Count(e => e.Branch is null);
        return new FlowCoverage(Flow, Actions - actions, ActionsCovered, Branches - (excluded.Count - actions), BranchesCovered, [.. kept]) { Excluded = [.. excluded] };
    }
}

/// <summary>An action no call ran (<paramref name="Branch"/> null) or a branch no call took.</summary>
/// <param name="ActionId">The action's Identifier.</param>
/// <param name="ActionType">The action's type.</param>
/// <param name="Branch">The branch's label (<c>NextAction</c>, <c>Equals 1</c>, an error type), or null for the action itself.</param>
public sealed record CoverageGap(string ActionId, string ActionType, string? Branch);

/// <summary>How coverage figures are computed and written, in one place for the terminal, JUnit and <c>dcc explore</c>.</summary>
public static class CoverageFigures
{
    /// <summary><paramref name="covered"/> of <paramref name="total"/> as 0–100; 100 when the total is 0.</summary>
    public static double Percent(int covered, int total) => total == 0 ? 100 : 100.0 * covered / total;

    /// <summary>Whether <paramref name="percent"/> misses <paramref name="minimum"/>, judged on the figure as written (one decimal):
    /// 32/63 is shown as 50.8%, so <c>--min-coverage 50.8%</c>, the figure a user copies from the report, must pass.</summary>
    public static bool IsBelow(double percent, double minimum) => Math.Round(percent, 1, MidpointRounding.AwayFromZero) < minimum;

    /// <summary><c>12/19 (63.2%)</c>.</summary>
    public static string Text(int covered, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"{covered}/{total} ({Percent(covered, total):0.#}%)");
}
