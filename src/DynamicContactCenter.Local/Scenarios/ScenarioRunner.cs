using System.Collections.Immutable;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Scenarios;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Local.Scenarios;

/// <summary>Plays scenarios through the flows with the real handlers in this process, each with its faults injected, and checks them.</summary>
/// <remarks>The contact center (instance model, flow catalog, fault-free functions) is shared by every scenario; only a scenario with
/// faults or waiting contacts gets its own variation of it (<see cref="LocalContactCenter.WithStore"/> and friends), all cheap.</remarks>
public sealed class ScenarioRunner
{
    private readonly LocalContactCenter _center;

    /// <summary>A runner over <paramref name="center"/>, whose routing data is <paramref name="routing"/>.</summary>
    public ScenarioRunner(LocalContactCenter center, RoutingData routing)
    {
        ArgumentNullException.ThrowIfNull(center);
        _center = center;
        Routing = routing;
    }

    /// <summary>The routing data the scenarios run on (prompt references and error paths are checked against it).</summary>
    public RoutingData Routing { get; }

    /// <summary>Plays <paramref name="scenario"/>'s call with its faults and checks its expectations.</summary>
    public async Task<ScenarioOutcome> RunAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        var started = _center.Clock.GetTimestamp();
        var storeFaults = scenario.Faults.Where(f => !f.IsFunctionFault && !f.IsActionFault).ToList();
        var functionFaults = scenario.Faults.Where(f => f.IsFunctionFault).ToList();
        var center = storeFaults.Count == 0 ? _center : _center.WithStore(new FaultyRoutingStore(_center.Store, storeFaults));

        // Function faults are answered as mocks, ahead of the scenario's mocks (the parser has already dropped defaults they replace).
        var request = scenario.Call.ToRequest();
        if (functionFaults.Count > 0) request = request with { Mocks = [.. functionFaults.Select(FaultMocks.ToMock), .. request.Mocks] };
        if (scenario.Faults.Any(f => f.IsActionFault)) request = request with { ActionFaults = [.. scenario.Faults.Where(f => f.IsActionFault).Select(FaultMocks.ToActionFault)] };
        var (instance, unknownQueues) = WithContactsInQueue(scenario.Call.ContactsInQueue);
        if (!ReferenceEquals(instance, _center.Instance)) center = center.WithInstance(instance);
        var result = await center.CallAsync(request, cancellationToken);
        var failures = ScenarioChecker.Check(scenario.Expect, result, Routing).AddRange(ScenarioChecker.UnusedMocks(request.Mocks, result))
            .AddRange(FaultMocks.Unused(scenario.Faults, result));
        if (unknownQueues.Count > 0)
        {
            failures = failures.AddRange(unknownQueues.Select(q => new ExpectationFailure($"call.contactsInQueue.{q}", "a queue of the instance model",
                $"no queue named {q} (queues: {string.Join(", ", _center.Instance.Queues.Select(x => x.Name))})")));
        }

        return new ScenarioOutcome(scenario, request, result, failures, _center.Clock.GetElapsedTime(started));
    }

    /// <summary>The instance model with waiting contacts set per queue, for scenarios that fill a queue to its capacity.</summary>
    private (InstanceModel Instance, List<string> UnknownQueues) WithContactsInQueue(ImmutableDictionary<string, int> contacts)
    {
        var unknown = contacts.Keys.Where(name => _center.Instance.FindQueue(name) is null).Order(StringComparer.Ordinal).ToList();
        if (contacts.IsEmpty) return (_center.Instance, unknown);
        var queues = _center.Instance.Queues.Select(q => contacts.TryGetValue(q.Name, out var n) || contacts.TryGetValue(q.Arn, out n) ? q with { ContactsInQueue = n } : q);
        var model = new InstanceModel(_center.Instance.File, _center.Instance.InstanceArn, _center.Instance.DefaultFlow, _center.Instance.PhoneNumbers, [.. queues], _center.Instance.Hours,
            _center.Instance.Agents, _center.Instance.Flows, _center.Instance.Functions, _center.Instance.Placeholders, _center.Instance.Voices);
        return (model, unknown);
    }
}
