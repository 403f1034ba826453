using System.Collections.Immutable;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Local.Explore;

/// <summary>CheckMetricData: the state of the checked queue. Its agents all Available, all on a contact (staffed, none available) or
/// all Offline, and contacts waiting (none, one, the queue full): together these move every metric the action reads across the
/// usual conditions (<c>NumberGreaterThan 0</c> and the like). Which one takes the branch is found by playing them.</summary>
internal sealed class StaffingChooser : IInputChooser
{
    private static readonly AgentStatus[] States = [AgentStatus.Available, AgentStatus.OnContact, AgentStatus.Offline];

    public bool Decides(string actionType) => actionType == ActionTypes.CheckMetricData;

    public IEnumerable<ExploreCandidate> Candidates(ChoicePoint point, string branch)
    {
        // The executor's check is "METRIC QUEUE" (CheckMetricDataExecutor).
        var check = point.Check ?? "";
        var space = check.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0) yield break;
        if (point.Instance.FindQueueByName(check[(space + 1)..]) is not { } queue)
        {
            // A stub queue (the model does not have it): its one agent's state, by the reference the flow names it by (stubs:).
            foreach (var state in States)
            {
                yield return new ExploreCandidate(point.Call with { Stubs = point.Call.Stubs.SetItem(check[(space + 1)..], state.ToString()) },
                    $"stub queue {check[(space + 1)..]} agent {state}");
            }

            yield break;
        }

        foreach (var state in States)
        {
            yield return new ExploreCandidate(point.Call with { Agents = point.Call.Agents.SetItem(queue.Name, state) }, $"{queue.Name} agents {state}");
        }

        foreach (var waiting in ImmutableArray.Create(0, 1, queue.MaxContacts ?? 10).Distinct())
        {
            yield return new ExploreCandidate(point.Call with { ContactsInQueue = point.Call.ContactsInQueue.SetItem(queue.Name, waiting) },
                $"{waiting} contacts waiting in {queue.Name}");
        }
    }
}
