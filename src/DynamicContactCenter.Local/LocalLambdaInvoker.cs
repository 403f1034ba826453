using System.Collections.Concurrent;
using System.Collections.Immutable;
using DynamicContactCenter.Flows.Execution;

namespace DynamicContactCenter.Local;

/// <summary>
/// An <see cref="ILambdaInvoker"/> that runs each function as a real process behind a local Runtime API (the
/// <c>dcc call --functions process</c> mode). One process per function, started on first use and kept warm.
/// </summary>
/// <param name="executablePath">The AOT <c>bootstrap</c> or <c>bootstrap.dll</c>.</param>
/// <param name="environment">Environment for every function process (tables, endpoint, routing file).</param>
/// <param name="clock">The clock the Runtime API times invocations on; null for the system clock.</param>
public sealed class LocalLambdaInvoker(string executablePath, IReadOnlyDictionary<string, string> environment, TimeProvider? clock = null)
    : ILambdaInvoker, IAsyncDisposable
{
    /// <summary>The function names a process can serve (the <c>_HANDLER</c> values).</summary>
    public static ImmutableArray<string> Handlers { get; } = ["GetLambdas", "GetDynAttributes", "GetPrompts", "SeedTables"];

    private readonly ConcurrentDictionary<string, Lazy<LambdaProcess>> _processes = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task<LambdaInvocationResult> InvokeAsync(string functionArn, string eventJson, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        var handler = HandlerFor(functionArn);
        if (handler is null)
        {
            return LambdaInvocationResult.Failure(
                LocalMessages.UnknownFunction.CodedMessage(functionArn, string.Join(", ", Handlers)),
                TimeSpan.Zero);
        }

        var process = _processes.GetOrAdd(handler, name => new Lazy<LambdaProcess>(() => LambdaProcess.Start(new LambdaProcessOptions
        {
            ExecutablePath = executablePath,
            Handler = name,
            Environment = environment,
            TimeProvider = clock ?? TimeProvider.System,
        }))).Value;
        var result = await process.InvokeAsync(eventJson, new LocalInvocationOptions { Timeout = timeLimit, FunctionArn = functionArn }, cancellationToken);
        return result.Succeeded
            ? LambdaInvocationResult.Success(result.ResponseJson!, result.Duration, "process " + handler)
            : LambdaInvocationResult.Failure($"{result.ErrorType}: {result.ErrorMessage}", result.Duration, result.TimedOut);
    }

    /// <summary>The handler an ARN or name means: the one its function name ends with (e.g. <c>...:function:dcc-prod-GetPrompts</c>).</summary>
    public static string? HandlerFor(string functionArn)
    {
        ArgumentNullException.ThrowIfNull(functionArn);
        var name = functionArn[(functionArn.LastIndexOf(':') + 1)..];
        return Handlers.FirstOrDefault(h => name.EndsWith(h, StringComparison.OrdinalIgnoreCase))
            ?? (name.EndsWith("GetDynamicAttributes", StringComparison.OrdinalIgnoreCase) ? "GetDynAttributes" : null);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes.Values.Where(p => p.IsValueCreated))
        {
            await process.Value.DisposeAsync();
        }
    }
}
