using DynamicContactCenter.Cli.Calls;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Local;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Storage;

namespace DynamicContactCenter.Cli.Tests.Calls;

/// <summary>Plays calls through the shipped flows, instance model and real handlers, optionally with a fault injected in front of a function.</summary>
internal static class CallHarness
{
    public static readonly DateTimeOffset OpenHours = DateTimeOffset.Parse("2026-11-24T10:00:00-05:00", System.Globalization.CultureInfo.InvariantCulture);
    public static readonly DateTimeOffset AfterHours = DateTimeOffset.Parse("2026-11-24T23:00:00-05:00", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<CallResult> PlayAsync(CallRequest request, IRoutingStore? store = null, Func<ILambdaInvoker, ILambdaInvoker>? fault = null)
    {
        var loaded = await CallEnvironment.LoadInstanceAsync(null, TextWriter.Null) ?? throw new InvalidOperationException("shipped instance model did not load");
        var center = new LocalContactCenter(loaded.Instance, loaded.Catalog, store ?? InMemoryRoutingStore.Default);
        if (fault is not null)
        {
            center = center.WithFunctions(fault(center.Functions));
        }
        return await center.CallAsync(request, CancellationToken.None);
    }

    public static string[] Spoken(CallResult result) => [.. result.Prompts.Select(p => p.Text)];
}

/// <summary>Answers one function with a fault instead of calling it; every other function is served normally.</summary>
internal sealed class FaultyFunction(ILambdaInvoker inner, string functionName, Func<LambdaInvocationResult> fault) : ILambdaInvoker
{
    public Task<LambdaInvocationResult> InvokeAsync(string functionArn, string eventJson, TimeSpan timeLimit, CancellationToken cancellationToken) =>
        functionArn.EndsWith(functionName, StringComparison.Ordinal)
            ? Task.FromResult(fault())
            : inner.InvokeAsync(functionArn, eventJson, timeLimit, cancellationToken);
}
