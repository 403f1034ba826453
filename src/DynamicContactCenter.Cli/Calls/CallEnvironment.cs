using DynamicContactCenter.Flows.Catalog;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;

namespace DynamicContactCenter.Cli.Calls;

/// <summary>What a simulated call runs against: the instance model, its flows and the functions behind an <see cref="ILambdaInvoker"/>.</summary>
/// <remarks>Built once per command; <c>dcc test</c> and the matrix reuse one for many calls (the catalog parses each flow once).</remarks>
internal sealed class CallEnvironment(InstanceModel instance, FlowCatalog catalog, ILambdaInvoker invoker)
{
    public InstanceModel Instance { get; } = instance;

    public FlowCatalog Catalog { get; } = catalog;

    public ILambdaInvoker Invoker { get; } = invoker;

    /// <summary>Plays one call.</summary>
    public Task<CallResult> RunAsync(CallRequest request, CancellationToken cancellationToken) =>
        new FlowInterpreter(Instance, Catalog, Invoker).RunAsync(request, cancellationToken);

    /// <summary>Loads the instance model (the shipped default when <paramref name="instanceFile"/> is null) and its flow catalog;
    /// writes every finding to <paramref name="error"/> and returns null when the model cannot be used.</summary>
    public static async Task<(InstanceModel Instance, FlowCatalog Catalog)?> LoadInstanceAsync(string? instanceFile, TextWriter error)
    {
        var path = instanceFile ?? DefaultCallData.InstanceFile;
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"error: instance file '{path}' does not exist (--instance expects an instance.yaml like config/instance.yaml).");
            return null;
        }

        var loaded = InstanceModelLoader.LoadFile(path);
        foreach (var diagnostic in loaded.Diagnostics)
        {
            await error.WriteLineAsync(diagnostic.ToDiagnostic().ToString());
        }

        return loaded.Model is { } model ? (model, new FlowCatalog(model)) : null;
    }
}
