using System.Collections.Immutable;
using DynamicContactCenter.Flows.Catalog;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Local;
using DynamicContactCenter.Storage;

namespace DynamicContactCenter.Benchmarks.Throughput;

/// <summary>
/// Full simulated calls through the three shipped flows (config/instance.yaml, flows/*.json) with the real handlers in process over
/// the embedded routing data: the contact center <c>dcc call</c> builds (<see cref="LocalContactCenter"/>), one for all calls, with a
/// recorder in front of its functions. The mix is the three numbers inside and outside business hours: every branch a caller normally takes.
/// </summary>
internal sealed class CallWorkload
{
    private static readonly DateTimeOffset Open = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);   // Monday 10:00 in New York
    private static readonly DateTimeOffset Closed = new(2026, 3, 1, 15, 0, 0, TimeSpan.Zero); // Sunday

    private CallWorkload(LocalContactCenter center, RecordedInvoker invoker, ImmutableArray<(CallRequest Request, CallOutcome Expected)> calls)
    {
        Center = center;
        Invoker = invoker;
        Calls = calls;
    }

    /// <summary>The contact center the calls are played in.</summary>
    public LocalContactCenter Center { get; }

    /// <summary>The invoker under the interpreter: records while the handlers run; set <see cref="RecordedInvoker.Replay"/> to take them out.</summary>
    public RecordedInvoker Invoker { get; }

    /// <summary>The calls, each with the outcome a caller gets (queued inside hours, disconnected after the closed prompt outside).</summary>
    public ImmutableArray<(CallRequest Request, CallOutcome Expected)> Calls { get; }

    /// <summary>The in-process handlers, as the interpreter calls them.</summary>
    public ILambdaInvoker Handlers { get; private init; } = null!;

    public static CallWorkload Create(string repositoryRoot)
    {
        var instanceFile = Path.Combine(repositoryRoot, "config", "instance.yaml");
        var loaded = InstanceModelLoader.LoadFile(instanceFile);
        var model = loaded.Value ?? throw new InvalidOperationException(
            $"{instanceFile} did not load: {string.Join("; ", loaded.Diagnostics.Select(d => d.ToString()))}");
        var center = new LocalContactCenter(model, new FlowCatalog(model), InMemoryRoutingStore.Default);
        var handlers = center.Functions;
        var invoker = new RecordedInvoker(handlers);
        string[] numbers = ["+14443330000", "+14443331111", "+14443332222"];
        var calls = numbers.SelectMany(n => new[]
        {
            (new CallRequest(n, CallRequest.DefaultCallerNumber, Open) { Seed = 7 }, CallOutcome.Queued),
            (new CallRequest(n, CallRequest.DefaultCallerNumber, Closed) { Seed = 7 }, CallOutcome.Disconnected),
        });
        return new CallWorkload(center.WithFunctions(invoker), invoker, [.. calls]) { Handlers = handlers };
    }

    /// <summary>Runs call <paramref name="index"/> (modulo the mix) to its end.</summary>
    public CallResult Run(int index) =>
        Center.CallAsync(Calls[index % Calls.Length].Request, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Runs every call once and fails unless each ends as a caller expects (a benchmark of failing calls measures nothing).</summary>
    public (double StepsPerCall, double LambdaCallsPerCall, double EventsPerCall) Verify()
    {
        Invoker.Recording = true;
        var steps = 0;
        var lambdas = 0;
        var events = 0;
        for (var i = 0; i < Calls.Length; i++)
        {
            var result = Run(i);
            var (request, expected) = Calls[i];
            if (result.Outcome != expected || !result.Diagnostics.IsEmpty)
            {
                throw new InvalidOperationException(
                    $"Call to {request.DialedNumber} at {request.At:u} ended {result.OutcomeName}, expected {expected}: " +
                    string.Join("; ", result.Diagnostics.Select(d => d.ToString())));
            }

            steps += result.Steps;
            lambdas += result.Events.OfType<Flows.Transcript.LambdaCalledEvent>().Count();
            events += result.Events.Length;
        }

        Invoker.Recording = false;
        return ((double)steps / Calls.Length, (double)lambdas / Calls.Length, (double)events / Calls.Length);
    }
}
