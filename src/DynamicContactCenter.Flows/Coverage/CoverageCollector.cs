using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Coverage;

/// <summary>Gathers which actions and branches calls exercised (<see cref="CallResult.Visits"/>), per flow, and reports them against
/// every branch the flows wire (<see cref="TransitionChoice.Branches"/>): <c>dcc test --coverage</c> and <c>dcc explore</c>.</summary>
/// <remarks>A flow is known by its file (a flow reached by name and by path is one flow), else by its name. Flows are counted when a call entered them; a flow no call entered is not in the report (it may belong to another
/// entry point, and counting it would make one scenario file's coverage depend on what else the instance model holds).</remarks>
public sealed class CoverageCollector
{
    // In the order calls first entered the flows, so reports read in call order.
    private readonly List<FlowModel> _order = [];
    private readonly Dictionary<string, HashSet<(string ActionId, string? Branch)>> _hits = new(StringComparer.Ordinal);

    /// <summary>Adds what one call exercised.</summary>
    public void Add(CallResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var visit in result.Visits) Add(visit);
    }

    /// <summary>Adds one action a call ran.</summary>
    public void Add(ActionVisit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        Hits(visit.Flow).Add((visit.ActionId, null));
        if (visit.Branch is { } branch) Hits(visit.Flow).Add((visit.ActionId, branch));
    }

    /// <summary>True when some call ran <paramref name="actionId"/> of <paramref name="flow"/>.</summary>
    public bool Ran(FlowModel flow, string actionId) => _hits.TryGetValue(Key(flow), out var hits) && hits.Contains((actionId, null));

    /// <summary>True when some call left <paramref name="actionId"/> of <paramref name="flow"/> by <paramref name="branch"/>.</summary>
    public bool Took(FlowModel flow, string actionId, string branch) => _hits.TryGetValue(Key(flow), out var hits) && hits.Contains((actionId, branch));

    /// <summary>The flows entered so far, in the order calls first entered them.</summary>
    public IReadOnlyList<FlowModel> Flows => _order;

    /// <summary>The coverage of every flow entered so far.</summary>
    public CoverageReport Report() => new([.. _order.Select(Of)]);

    private FlowCoverage Of(FlowModel flow)
    {
        var gaps = new List<CoverageGap>();
        int actions = 0, actionsCovered = 0, branches = 0, branchesCovered = 0;
        foreach (var action in flow.Actions)
        {
            actions++;
            var ran = Ran(flow, action.Identifier);
            if (ran) actionsCovered++;
            else gaps.Add(new CoverageGap(action.Identifier, action.Type, null));
            // Two conditions with the same label are one branch: no call can tell them apart.
            foreach (var label in TransitionChoice.Branches(action.Transitions).Select(b => b.Label).Distinct(StringComparer.Ordinal))
            {
                branches++;
                if (Took(flow, action.Identifier, label)) branchesCovered++;
                else gaps.Add(new CoverageGap(action.Identifier, action.Type, label));
            }
        }

        return new FlowCoverage(flow, actions, actionsCovered, branches, branchesCovered, [.. gaps]);
    }

    private static string Key(FlowModel flow) => flow.File ?? "\n" + flow.Name;

    private HashSet<(string, string?)> Hits(FlowModel flow)
    {
        if (!_hits.TryGetValue(Key(flow), out var hits))
        {
            _hits[Key(flow)] = hits = [];
            _order.Add(flow);
        }

        return hits;
    }
}
