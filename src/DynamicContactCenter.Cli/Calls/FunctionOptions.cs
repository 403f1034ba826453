using System.CommandLine;
using DynamicContactCenter.Cli.Commands;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Routing;

namespace DynamicContactCenter.Cli.Calls;

/// <summary>The options that choose how a call's Lambda functions run: in this process, or as the real <c>bootstrap</c> behind a local Runtime API.</summary>
internal sealed class FunctionOptions
{
    public Option<string> Functions { get; } = new("--functions")
    {
        Description = "How the functions run: in-process (the handlers in this process) or process (the bootstrap binary behind a local Lambda Runtime API).",
        DefaultValueFactory = _ => "in-process",
    };

    public Option<string?> Bootstrap { get; } = new("--bootstrap")
    {
        Description = "The function binary for --functions process: the Native AOT bootstrap, or bootstrap.dll to run it with dotnet (default: the bootstrap.dll shipped with dcc).",
    };

    public FunctionOptions()
    {
        Functions.AcceptOnlyFromAmong("in-process", "process");
    }

    public void AddTo(Command command)
    {
        command.Add(Functions);
        command.Add(Bootstrap);
    }

    /// <summary>The invoker for the chosen mode, or null (with the reason written) when it cannot be started.</summary>
    public Task<LambdaInvokerLease?> CreateInvokerAsync(ParseResult parseResult, IRoutingStore store, StoreOptions storeOptions, CliContext context, CancellationToken cancellationToken)
    {
        _ = storeOptions;
        _ = cancellationToken;
        _ = context;
        _ = parseResult.GetValue(Functions);
        var host = new FunctionHost(store);
        return Task.FromResult<LambdaInvokerLease?>(new LambdaInvokerLease(new InProcessLambdaInvoker(host, TimeProvider.System), null));
    }
}
