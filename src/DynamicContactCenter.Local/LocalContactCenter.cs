using DynamicContactCenter.Flows.Catalog;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Storage;

namespace DynamicContactCenter.Local;

/// <summary>
/// A simulated contact center: the instance model, its flows (each parsed once by the catalog and bound to one interpreter, reused by
/// every call) and the functions over a routing store. The one place a local call is wired: <c>dcc call</c>, <c>invoke</c>,
/// <c>test</c>, <c>lint</c>, <c>graph --call</c>, <c>config plan --preview</c> and the throughput benchmark all build one.
/// </summary>
/// <remarks>
/// The function-host options are decided here once. GetLambdas answers the routing data's default language's error and exit prompts,
/// as the deployed stack passes it (DEFAULT_LANGUAGE): given explicitly, else the routing file's <c>defaultLanguage</c> when the store
/// was loaded from one, else the functions' own default (English: the tables hold no such setting).
/// A variation (faults in front of the functions or the store, contacts waiting in a queue) is a new center sharing the catalog and the
/// options: building one costs an interpreter and, for a new store, a function host; nothing is parsed again.
/// </remarks>
public sealed class LocalContactCenter
{
    private readonly FlowInterpreter _interpreter;

    /// <summary>A contact center whose functions are the real handlers, in this process, over <paramref name="store"/>.</summary>
    /// <param name="instance">The instance model (queues, hours, agents, flows, functions).</param>
    /// <param name="catalog">The instance model's flows.</param>
    /// <param name="store">Where the functions read routing rows.</param>
    /// <param name="defaultLanguage">The language whose error and exit prompts GetLambdas returns; null to take it from the store's routing file.</param>
    /// <param name="log">Where the functions write their log lines; null for none.</param>
    /// <param name="clock">The clock the functions, their durations and the scenario timings read; null for the system clock.</param>
    public LocalContactCenter(InstanceModel instance, FlowCatalog catalog, IRoutingStore store, string? defaultLanguage = null, TextWriter? log = null,
        TimeProvider? clock = null)
        : this(instance, catalog, store, FunctionHostOptionsFor(store, defaultLanguage, log, clock), functions: null)
    {
    }

    private LocalContactCenter(InstanceModel instance, FlowCatalog catalog, IRoutingStore store, FunctionHostOptions hostOptions, ILambdaInvoker? functions)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(store);
        Instance = instance;
        Catalog = catalog;
        Store = store;
        HostOptions = hostOptions;
        Host = new FunctionHost(store, hostOptions);
        Functions = functions ?? new InProcessLambdaInvoker(Host, hostOptions.TimeProvider);
        _interpreter = new FlowInterpreter(instance, catalog, Functions);
    }

    /// <summary>The instance model the calls run in.</summary>
    public InstanceModel Instance { get; }

    /// <summary>The instance model's flows, each parsed once.</summary>
    public FlowCatalog Catalog { get; }

    /// <summary>Where the in-process functions read routing rows.</summary>
    public IRoutingStore Store { get; }

    /// <summary>How the functions run (default language, log); also what a function process is started with.</summary>
    public FunctionHostOptions HostOptions { get; }

    /// <summary>The clock of this center (the functions' options own it): durations and timings are measured on it.</summary>
    public TimeProvider Clock => HostOptions.TimeProvider;

    /// <summary>The real handlers over <see cref="Store"/>, in this process (<c>dcc invoke</c> calls one directly).</summary>
    public FunctionHost Host { get; }

    /// <summary>What the flows' InvokeLambdaFunction blocks and the lint walk call: the in-process handlers unless replaced by <see cref="WithFunctions"/>.</summary>
    public ILambdaInvoker Functions { get; }

    /// <summary>Plays one call to its end.</summary>
    public Task<CallResult> CallAsync(CallRequest request, CancellationToken cancellationToken) => _interpreter.RunAsync(request, cancellationToken);

    /// <summary>The same center calling its functions through <paramref name="functions"/> (function processes, injected faults, a recorder).</summary>
    public LocalContactCenter WithFunctions(ILambdaInvoker functions) => new(Instance, Catalog, Store, HostOptions, functions);

    /// <summary>The same center with the in-process handlers over <paramref name="store"/> (e.g. one with injected faults), same options.</summary>
    public LocalContactCenter WithStore(IRoutingStore store) => new(Instance, Catalog, store, HostOptions, functions: null);

    /// <summary>The same flows and functions over another state of the instance (e.g. contacts waiting in a queue).</summary>
    public LocalContactCenter WithInstance(InstanceModel instance) => new(instance, Catalog, Store, HostOptions, Functions);

    /// <summary>The options the functions run with over <paramref name="store"/> (the rule in the remarks above); <c>dcc invoke</c>,
    /// which runs one function without flows, uses it directly.</summary>
    public static FunctionHostOptions FunctionHostOptionsFor(IRoutingStore store, string? defaultLanguage = null, TextWriter? log = null, TimeProvider? clock = null)
    {
        var options = new FunctionHostOptions { Log = log, TimeProvider = clock ?? TimeProvider.System };
        return (defaultLanguage ?? (store as InMemoryRoutingStore)?.Data.DefaultLanguage) is { } language ? options with { DefaultLanguage = language } : options;
    }
}
