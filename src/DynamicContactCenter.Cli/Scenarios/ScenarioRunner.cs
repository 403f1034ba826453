using DynamicContactCenter.LocalLambda;
using System.Collections.Immutable;
using System.Diagnostics;
using DynamicContactCenter.Cli.Calls;
using DynamicContactCenter.Flows.Catalog;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Scenarios;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Cli.Scenarios;

/// <summary>Plays scenarios through the flows with the real handlers in this process, each with its faults injected, and checks them.</summary>
/// <remarks>The instance model, the flow catalog (each flow parsed once) and the fault-free function host are shared by every scenario;
/// only a scenario with faults gets its own store wrapper or invoker wrapper, both cheap.</remarks>
internal sealed class ScenarioRunner
{
    private readonly InstanceModel _instance;
    private readonly FlowCatalog _catalog;
    private readonly IRoutingStore _store;
    private readonly FunctionHostOptions _options;
    private readonly FunctionHost _host;

    public ScenarioRunner(InstanceModel instance, FlowCatalog catalog, RoutingData routing, IRoutingStore store)
    {
        _instance = instance;
        _catalog = catalog;
        Routing = routing;
        _store = store;
        // GetLambdas answers the routing data's default language's error and exit prompts, as DEFAULT_LANGUAGE does when deployed.
        _options = new FunctionHostOptions { DefaultLanguage = routing.DefaultLanguage };
        _host = new FunctionHost(store, _options);
    }

    /// <summary>The routing data the scenarios run on (prompt references and error paths are checked against it).</summary>
    public RoutingData Routing { get; }

    public async Task<ScenarioOutcome> RunAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var storeFaults = scenario.Faults.Where(f => !f.IsFunctionFault).ToList();
        var functionFaults = scenario.Faults.Where(f => f.IsFunctionFault).ToList();
        var host = storeFaults.Count == 0 ? _host : new FunctionHost(new FaultyRoutingStore(_store, storeFaults), _options);
        ILambdaInvoker invoker = new InProcessLambdaInvoker(host, TimeProvider.System);
        if (functionFaults.Count > 0) invoker = new FaultInjectingInvoker(invoker, functionFaults);

        var request = scenario.Call.ToRequest();
        var (instance, unknownQueues) = WithContactsInQueue(scenario.Call.ContactsInQueue);
        var result = await new CallEnvironment(instance, _catalog, invoker).RunAsync(request, cancellationToken);
        var failures = ScenarioChecker.Check(scenario.Expect, result, Routing);
        if (unknownQueues.Count > 0)
        {
            failures = failures.AddRange(unknownQueues.Select(q => new ExpectationFailure($"call.contactsInQueue.{q}", "a queue of the instance model",
                $"no queue named {q} (queues: {string.Join(", ", _instance.Queues.Select(x => x.Name))})")));
        }

        return new ScenarioOutcome(scenario, request, result, failures, watch.Elapsed);
    }

    /// <summary>The instance model with waiting contacts set per queue, for scenarios that fill a queue to its capacity.</summary>
    private (InstanceModel Instance, List<string> UnknownQueues) WithContactsInQueue(ImmutableDictionary<string, int> contacts)
    {
        var unknown = contacts.Keys.Where(name => _instance.FindQueue(name) is null).Order(StringComparer.Ordinal).ToList();
        if (contacts.IsEmpty) return (_instance, unknown);
        var queues = _instance.Queues.Select(q => contacts.TryGetValue(q.Name, out var n) || contacts.TryGetValue(q.Arn, out n) ? q with { ContactsInQueue = n } : q);
        var model = new InstanceModel(_instance.File, _instance.InstanceArn, _instance.DefaultFlow, _instance.PhoneNumbers, [.. queues], _instance.Hours,
            _instance.Agents, _instance.Flows, _instance.Functions, _instance.Placeholders, _instance.Voices);
        return (model, unknown);
    }
}
