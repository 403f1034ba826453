using System.Collections.Concurrent;
using System.Diagnostics;

namespace DynamicContactCenter.Local;

/// <summary>
/// A function process (AOT <c>bootstrap</c> or <c>dotnet bootstrap.dll</c>) running against its own <see cref="LocalRuntimeApi"/>,
/// with <c>AWS_LAMBDA_RUNTIME_API</c> and <c>_HANDLER</c> pointed at it. Invoke events through it; dispose to stop the process.
/// </summary>
public sealed class LambdaProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stdout = new();
    private readonly ConcurrentQueue<string> _stderr = new();
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LambdaProcess(LocalRuntimeApi runtimeApi, Process process)
    {
        RuntimeApi = runtimeApi;
        _process = process;
    }

    /// <summary>The emulator the process talks to.</summary>
    public LocalRuntimeApi RuntimeApi { get; }

    /// <summary>The process's stdout lines so far (one JSON log line per invocation).</summary>
    public IReadOnlyCollection<string> StandardOutput => _stdout;

    /// <summary>The process's stderr lines so far.</summary>
    public IReadOnlyCollection<string> StandardError => _stderr;

    /// <summary>Completes with the exit code when the process ends.</summary>
    public Task<int> Exited => _exited.Task;

    /// <summary>The process id (the benchmark reads its peak memory from <c>/proc</c>).</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts the function process behind <paramref name="runtimeApi"/>, or behind a new emulator when null. The process
    /// initialises while the first event is queued.</summary>
    /// <param name="options">What to run, and how.</param>
    /// <param name="runtimeApi">An emulator the caller started (e.g. with a first event already queued, so a cold start is timed
    /// from the process start alone); the process owns it from here and disposes it.</param>
    public static LambdaProcess Start(LambdaProcessOptions options, LocalRuntimeApi? runtimeApi = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        runtimeApi ??= LocalRuntimeApi.Start(options.TimeProvider);
        var isDll = options.ExecutablePath.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(isDll ? options.DotnetHost : options.ExecutablePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(options.Arguments.Count > 0 ? options.Arguments[^1] : options.ExecutablePath))!,
        };
        if (isDll)
        {
            start.ArgumentList.Add(options.ExecutablePath);
        }

        foreach (var argument in options.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in options.Environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["AWS_LAMBDA_RUNTIME_API"] = options.RuntimeApiAddress ?? runtimeApi.Address;
        start.Environment["_HANDLER"] = options.Handler;
        start.Environment["AWS_LAMBDA_FUNCTION_NAME"] = options.Handler;
        start.Environment["LAMBDA_TASK_ROOT"] = start.WorkingDirectory;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var lambda = new LambdaProcess(runtimeApi, process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lambda._stdout.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lambda._stderr.Enqueue(e.Data); } };
        process.Exited += (_, _) => lambda.OnExited();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return lambda;
    }

    /// <summary>Sends one event and waits for the answer.</summary>
    public Task<LocalInvocationResult> InvokeAsync(string eventJson, LocalInvocationOptions? options = null, CancellationToken cancellationToken = default) =>
        RuntimeApi.InvokeAsync(eventJson, options, cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // Only this process (and its children, e.g. under `dotnet`), which this object started.
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        await RuntimeApi.DisposeAsync();
    }

    private void OnExited()
    {
        // Let the stream readers drain before quoting stderr.
        _process.WaitForExit();
        var code = _process.ExitCode;
        var tail = string.Join(" | ", _stderr.TakeLast(5));
        RuntimeApi.FailAll(LocalMessages.ProcessExited.CodedMessage(code,
            tail.Length == 0 ? "" : "stderr: " + tail));
        _exited.TrySetResult(code);
    }
}
