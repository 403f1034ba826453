using DynamicContactCenter.Flows.Execution;

namespace DynamicContactCenter.Cli.Calls;

/// <summary>An invoker together with whatever keeps it alive (function processes, a local Runtime API), released when the command ends.</summary>
internal sealed class LambdaInvokerLease(ILambdaInvoker invoker, IAsyncDisposable? resources, string? binary = null) : IAsyncDisposable
{
    public ILambdaInvoker Invoker { get; } = invoker;

    /// <summary>The function binary the invoker runs as processes, or null when the functions run in this process.</summary>
    public string? Binary { get; } = binary;

    public ValueTask DisposeAsync() => resources?.DisposeAsync() ?? ValueTask.CompletedTask;
}
