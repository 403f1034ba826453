using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using DynamicContactCenter.Local;

namespace DynamicContactCenter.Benchmarks.Infrastructure;

/// <summary>
/// A function process of any <see cref="FunctionRuntime"/> behind its own <see cref="LocalRuntimeApi"/> (the emulator the tests and
/// <c>dcc call --functions process</c> use), with the process id at hand so its peak RSS can be read before it is stopped.
/// </summary>
/// <remarks><see cref="LambdaProcess"/> knows only bootstrap and bootstrap.dll and hides the process, so the benchmark starts its own;
/// the environment it sets is the same (AWS_LAMBDA_RUNTIME_API, _HANDLER, AWS_LAMBDA_FUNCTION_NAME, LAMBDA_TASK_ROOT).</remarks>
internal sealed class FunctionProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stderr = new();

    private FunctionProcess(LocalRuntimeApi runtimeApi, Process process)
    {
        RuntimeApi = runtimeApi;
        _process = process;
    }

    /// <summary>The emulator this process polls.</summary>
    public LocalRuntimeApi RuntimeApi { get; }

    /// <summary>The last lines the process wrote to stderr, for failure messages.</summary>
    public string StandardErrorTail => string.Join(" | ", _stderr.TakeLast(5));

    /// <summary>
    /// Starts the emulator, queues <paramref name="firstEvent"/> (so it is waiting when the runtime first asks for work), starts the
    /// process and returns it with the first answer's task and the stopwatch started just before the process.
    /// </summary>
    public static (FunctionProcess Process, Task<LocalInvocationResult> FirstAnswer, Stopwatch SinceStart) Start(
        FunctionRuntime runtime, string handler, IReadOnlyDictionary<string, string> environment, string firstEvent, TimeSpan timeout)
    {
        var runtimeApi = LocalRuntimeApi.Start();
        var start = new ProcessStartInfo(runtime.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(runtime.Arguments.Count > 0 ? runtime.Arguments[^1] : runtime.FileName))!,
        };
        foreach (var argument in runtime.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["AWS_LAMBDA_RUNTIME_API"] = runtimeApi.Address;
        start.Environment["_HANDLER"] = handler;
        start.Environment["AWS_LAMBDA_FUNCTION_NAME"] = handler;
        start.Environment["LAMBDA_TASK_ROOT"] = start.WorkingDirectory;

        var process = new Process { StartInfo = start };
        var function = new FunctionProcess(runtimeApi, process);
        var answer = runtimeApi.InvokeAsync(firstEvent, new LocalInvocationOptions { Timeout = timeout });
        var clock = Stopwatch.StartNew();
        process.Start();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                function._stderr.Enqueue(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (function, answer, clock);
    }

    /// <summary>Sends one more event and waits for the answer.</summary>
    public Task<LocalInvocationResult> InvokeAsync(string eventJson, TimeSpan timeout) =>
        RuntimeApi.InvokeAsync(eventJson, new LocalInvocationOptions { Timeout = timeout });

    /// <summary>The process's peak resident set size so far (VmHWM of /proc/&lt;pid&gt;/status), in KiB; null when unreadable.</summary>
    public long? PeakRssKib()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var digits = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(digits, CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process is gone: no reading.
        }

        return null;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // Only the process this object started (and its children).
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        await RuntimeApi.DisposeAsync();
    }
}
