using DynamicContactCenter.Benchmarks.Infrastructure;
using DynamicContactCenter.Benchmarks.Reporting;

namespace DynamicContactCenter.Benchmarks.ColdStart;

/// <summary>
/// Cold start: start the function process, serve one GetDynAttributes invocation through the local Runtime API against dynalite,
/// read its peak RSS, stop it. The runtimes take turns run by run, so a burst of load on the shared machine hits each alike.
/// </summary>
internal static class ColdStartBench
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<IReadOnlyList<ColdStartResult>> RunAsync(IReadOnlyList<FunctionRuntime> runtimes, IReadOnlyDictionary<string, string> environment,
        int runs, TextWriter progress)
    {
        var times = runtimes.ToDictionary(r => r, _ => new List<double>());
        var memory = runtimes.ToDictionary(r => r, _ => new List<double>());

        // One untimed round first: the page cache then holds every binary, as it does for all later runs.
        foreach (var runtime in runtimes)
        {
            await OnceAsync(runtime, environment);
        }

        for (var run = 1; run <= runs; run++)
        {
            foreach (var runtime in runtimes)
            {
                var (milliseconds, peakRss) = await OnceAsync(runtime, environment);
                times[runtime].Add(milliseconds);
                memory[runtime].Add(peakRss);
            }

            if (run % 5 == 0 || run == runs)
            {
                await progress.WriteLineAsync($"  cold start: {run}/{runs} rounds");
            }
        }

        return [.. runtimes.Select(r => new ColdStartResult(r, new Samples(times[r]), new Samples(memory[r])))];
    }

    private static async Task<(double Milliseconds, double PeakRssKib)> OnceAsync(FunctionRuntime runtime, IReadOnlyDictionary<string, string> environment)
    {
        var (process, answer, clock) = BenchProcess.Start(runtime, BenchEvents.Handler, runtime.EnvironmentFrom(environment), BenchEvents.GetDynAttributes, Timeout);
        await using (process)
        {
            var result = await answer;
            clock.Stop();
            ResponseCheck.Ensure(runtime, result, process);
            var peak = process.PeakRssKib()
                ?? throw new InvalidOperationException($"{runtime.Label}: could not read VmHWM of the function process.");
            return (clock.Elapsed.TotalMilliseconds, peak);
        }
    }
}
