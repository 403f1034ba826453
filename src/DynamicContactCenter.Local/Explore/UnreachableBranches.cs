using System.Collections.Immutable;
using DynamicContactCenter.Flows.Coverage;
using DynamicContactCenter.Flows.Execution;

namespace DynamicContactCenter.Local.Explore;

/// <summary>Which of exploration's uncovered actions and branches no call can reach for a reason in the flow itself, as opposed to a
/// reason about exploration (no input found, a bound stopped it, tried and failed): the list <c>dcc explore --out</c> writes under
/// <c>unreachable:</c> and <c>dcc test --coverage</c> leaves out of "the branches our data can reach" (docs/explore.md).</summary>
/// <remarks>Three reasons, and only these, exclude, because each holds whatever inputs a call chooses:
/// <list type="bullet">
/// <item>NextAction of an action with conditions: every result takes a condition or NoMatchingCondition.</item>
/// <item>NextAction of an action a call was seen to leave the flow by when it succeeded (queued, transferred, disconnected, a module
/// entered): success never follows the transition.</item>
/// <item>An action no branch leads to, or only excluded branches and branches of excluded actions do (found to a fixed point); its
/// branches go with it.</item>
/// </list>
/// Everything else explore did not reach stays in the denominator: a branch explore could not find an input for may still be reachable,
/// and hiding it would make 100% mean less than it says.</remarks>
internal static class UnreachableBranches
{
    /// <summary>The exclusions of <paramref name="report"/>'s flows; <paramref name="endsTheCall"/> says whether a call left the flow at
    /// an action when it succeeded (the flow's key and the action's Identifier).</summary>
    public static ImmutableArray<CoverageExclusion> Find(CoverageReport report, Func<FlowCoverage, string, bool> endsTheCall)
    {
        var exclusions = ImmutableArray.CreateBuilder<CoverageExclusion>();
        foreach (var flow in report.Flows)
        {
            var branches = new HashSet<(string ActionId, string Branch)>();
            foreach (var gap in flow.Uncovered.Where(g => g.Branch == TransitionChoice.NextAction))
            {
                var action = flow.Flow.FindAction(gap.ActionId);
                string? reason = action is { Transitions.Conditions.IsEmpty: false } ? CoverageExclusion.Reasons.ConditionsDecide
                    : endsTheCall(flow, gap.ActionId) ? CoverageExclusion.Reasons.EndsTheCall : null;
                if (reason is null) continue;
                branches.Add((gap.ActionId, gap.Branch!));
                exclusions.Add(new CoverageExclusion(flow.Flow.Name, gap.ActionId, gap.Branch, reason));
            }

            var neverRan = flow.Uncovered.Where(g => g.Branch is null).Select(g => g.ActionId).ToHashSet(StringComparer.Ordinal);
            var dead = new HashSet<string>(StringComparer.Ordinal);
            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var id in neverRan.Where(id => !dead.Contains(id) && id != flow.Flow.StartAction))
                {
                    var leadsHere = flow.Flow.Actions.SelectMany(a => TransitionChoice.Branches(a.Transitions).Where(b => b.Target == id).Select(b => (a.Identifier, b.Label)));
                    if (leadsHere.All(b => dead.Contains(b.Identifier) || branches.Contains(b)))
                    {
                        dead.Add(id);
                        changed = true;
                    }
                }
            }

            exclusions.AddRange(flow.Flow.Actions.Where(a => dead.Contains(a.Identifier))
                .Select(a => new CoverageExclusion(flow.Flow.Name, a.Identifier, null, CoverageExclusion.Reasons.NothingLeadsHere)));
        }

        return exclusions.ToImmutable();
    }
}
