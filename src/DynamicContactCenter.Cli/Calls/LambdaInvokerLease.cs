using DynamicContactCenter.Flows.Execution;

namespace DynamicContactCenter.Cli.Calls;

/// <summary>An invoker together with whatever keeps it alive (function processes, a local Runtime API), released when the command ends.</summary>
internal sealed class LambdaInvokerLease(ILambdaInvoker invoker, IAsyncDisposable? resources) : IAsyncDisposable
{
    public ILambdaInvoker Invoker { get; } = invoker;

    public ValueTask DisposeAsync() => resources?.DisposeAsync() ?? ValueTask.CompletedTask;
}
