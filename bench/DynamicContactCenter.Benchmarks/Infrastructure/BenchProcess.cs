using System.Diagnostics;
using System.Globalization;
using DynamicContactCenter.Local;

namespace DynamicContactCenter.Benchmarks.Infrastructure;

/// <summary>
/// Starts a <see cref="FunctionRuntime"/> as Local's <see cref="LambdaProcess"/> (the launcher the tests and
/// <c>dcc call --functions process</c> use) and reads what only the benchmark needs: the cold-start clock and peak memory.
/// </summary>
internal static class BenchProcess
{
    /// <summary>
    /// Starts the emulator, queues <paramref name="firstEvent"/> (so it is waiting when the runtime first asks for work), then starts
    /// the process: the clock starts just before the process, so the emulator's own start is not counted as cold start.
    /// </summary>
    public static (LambdaProcess Process, Task<LocalInvocationResult> FirstAnswer, Stopwatch SinceStart) Start(
        FunctionRuntime runtime, string handler, IReadOnlyDictionary<string, string> environment, string firstEvent, TimeSpan timeout)
    {
        var runtimeApi = LocalRuntimeApi.Start();
        var answer = runtimeApi.InvokeAsync(firstEvent, new LocalInvocationOptions { Timeout = timeout });
        var clock = Stopwatch.StartNew();
        var process = LambdaProcess.Start(
            new LambdaProcessOptions { ExecutablePath = runtime.FileName, Arguments = runtime.Arguments, Handler = handler, Environment = environment },
            runtimeApi);
        return (process, answer, clock);
    }

    /// <summary>Sends one more event and waits for the answer.</summary>
    public static Task<LocalInvocationResult> InvokeAsync(this LambdaProcess process, string eventJson, TimeSpan timeout) =>
        process.InvokeAsync(eventJson, new LocalInvocationOptions { Timeout = timeout });

    /// <summary>The last lines the process wrote to stderr, for failure messages.</summary>
    public static string StandardErrorTail(this LambdaProcess process) => string.Join(" | ", process.StandardError.TakeLast(5));

    /// <summary>The process's peak resident set size so far (VmHWM of /proc/&lt;pid&gt;/status), in KiB; null when unreadable.</summary>
    public static long? PeakRssKib(this LambdaProcess process)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{process.ProcessId}/status"))
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
}
