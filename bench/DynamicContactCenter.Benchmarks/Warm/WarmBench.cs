using System.Diagnostics;
using System.Globalization;
using DynamicContactCenter.Benchmarks.Infrastructure;
using DynamicContactCenter.Benchmarks.Reporting;

namespace DynamicContactCenter.Benchmarks.Warm;

/// <summary>
/// Warm invocation: one long-lived process per runtime and cache mode; after its cold start and a warm-up, each invocation is timed
/// from queuing the event at the emulator to the posted response (the Runtime API round trips are inside, alike for every runtime).
/// </summary>
internal static class WarmBench
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task<IReadOnlyList<WarmResult>> RunAsync(IReadOnlyList<FunctionRuntime> runtimes, IReadOnlyDictionary<string, string> environment,
        int warmup, int invocations, TextWriter progress)
    {
        var results = new List<WarmResult>();
        foreach (var runtime in runtimes)
        {
            foreach (var mode in runtime.HasCache ? new[] { CacheMode.Floor, CacheMode.Hit, CacheMode.Miss } : [CacheMode.Floor, CacheMode.None])
            {
                results.Add(await RunOneAsync(runtime, mode, environment, warmup, invocations));
                await progress.WriteLineAsync($"  warm: {runtime.Label}, {mode}");
            }
        }

        return results;
    }

    private static void Check(FunctionRuntime runtime, CacheMode mode, Local.LocalInvocationResult result, Local.LambdaProcess process)
    {
        if (mode != CacheMode.Floor)
        {
            ResponseCheck.Ensure(runtime, result, process);
        }
        else if (result.Succeeded || result.TimedOut || result.ErrorBody is null)
        {
            throw new InvalidOperationException($"{runtime.Label}: a malformed event should be answered with an error at once, got: {result.ResponseJson ?? result.ErrorMessage}");
        }
    }

    private static async Task<WarmResult> RunOneAsync(FunctionRuntime runtime, CacheMode mode, IReadOnlyDictionary<string, string> environment,
        int warmup, int invocations)
    {
        var withCache = new Dictionary<string, string>(environment)
        {
            ["DCC_CACHE_TTL_SECONDS"] = (mode == CacheMode.Hit ? 3600 : 0).ToString(CultureInfo.InvariantCulture),
        };
        var (process, first, _) = BenchProcess.Start(runtime, BenchEvents.Handler, withCache, BenchEvents.GetDynAttributes, Timeout);
        await using (process)
        {
            ResponseCheck.Ensure(runtime, await first, process);
            var eventJson = mode == CacheMode.Floor ? "{}" : BenchEvents.GetDynAttributes;
            for (var i = 0; i < warmup; i++)
            {
                Check(runtime, mode, await process.InvokeAsync(eventJson, Timeout), process);
            }

            var samples = new double[invocations];
            for (var i = 0; i < invocations; i++)
            {
                var clock = Stopwatch.StartNew();
                var result = await process.InvokeAsync(eventJson, Timeout);
                samples[i] = clock.Elapsed.TotalMilliseconds;
                Check(runtime, mode, result, process);
            }

            return new WarmResult(runtime, mode, new Samples(samples));
        }
    }
}
