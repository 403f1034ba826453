using System.Diagnostics;
using DynamicContactCenter.Benchmarks.Profiling;

namespace DynamicContactCenter.Benchmarks.Throughput;

/// <summary>
/// Full simulated calls per second, one thread and one worker per core, with allocation per call; then the same calls split into
/// the function invocations alone and the interpreter alone (functions answered from a recording), to show where a call's time goes.
/// </summary>
internal static class ThroughputBench
{
    public static ThroughputResult Run(string repositoryRoot, TimeSpan duration, TextWriter progress, string traceFile)
    {
        var workload = CallWorkload.Create(repositoryRoot);
        var (steps, lambdas, events) = workload.Verify();

        // Warm-up: tiered JIT promotes the hot paths to optimised code before anything is timed (slow on a loaded machine).
        Loop(workload, TimeSpan.FromSeconds(2));
        Replayed(workload, () => Loop(workload, TimeSpan.FromSeconds(0.5)));
        HandlersOnly(workload, TimeSpan.FromSeconds(0.5));

        // The three measurements take turns, three rounds each, and the median round counts: a burst of load on the shared
        // machine then falls on one round of each rather than on one measurement.
        const int Rounds = 3;
        var slice = duration / Rounds;
        var full = new List<(double CallsPerSecond, double BytesPerCall)>();
        var interpreter = new List<(double CallsPerSecond, double BytesPerCall)>();
        var handlers = new List<(double Microseconds, double Bytes)>();
        for (var round = 0; round < Rounds; round++)
        {
            full.Add(Loop(workload, slice));
            interpreter.Add(Replayed(workload, () => Loop(workload, slice)));
            handlers.Add(HandlersOnly(workload, slice));
        }

        var (single, bytes) = full.OrderBy(r => r.CallsPerSecond).ElementAt(Rounds / 2);
        var (interpreterRate, interpreterBytes) = interpreter.OrderBy(r => r.CallsPerSecond).ElementAt(Rounds / 2);
        var (handlersMicros, handlersBytes) = handlers.OrderBy(r => r.Microseconds).ElementAt(Rounds / 2);
        progress.WriteLine($"  throughput: one thread {single:N0} calls/s");

        var cores = Environment.ProcessorCount;
        var parallel = Parallel(workload, cores, duration);
        progress.WriteLine($"  throughput: {cores} workers {parallel:N0} calls/s");

        // Last, so the profiler's own cost touches no number above.
        var profile = SamplingProfiler.Run(() => Loop(workload, TimeSpan.FromSeconds(Math.Max(4, duration.TotalSeconds))), traceFile, top: 15);
        progress.WriteLine($"  throughput: profiled ({profile.Samples} samples)");

        return new ThroughputResult(single, parallel, cores, bytes, steps, lambdas, events,
            handlersMicros, handlersBytes, 1e6 / interpreterRate, interpreterBytes, profile);
    }

    private static T Replayed<T>(CallWorkload workload, Func<T> measure)
    {
        workload.Invoker.Replay = true;
        try
        {
            return measure();
        }
        finally
        {
            workload.Invoker.Replay = false;
        }
    }

    /// <summary>Runs calls on this thread for <paramref name="duration"/>: calls per second and bytes allocated per call.</summary>
    private static (double CallsPerSecond, double BytesPerCall) Loop(CallWorkload workload, TimeSpan duration)
    {
        var calls = 0;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            // A batch between clock reads, so reading the clock is no part of the cost.
            for (var i = 0; i < 60; i++)
            {
                workload.Run(calls++);
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return (calls / seconds, (double)allocated / calls);
    }

    private static double Parallel(CallWorkload workload, int workers, TimeSpan duration)
    {
        // Warm the thread pool and every worker's path first.
        System.Threading.Tasks.Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ => Loop(workload, TimeSpan.FromSeconds(0.3)));
        var total = 0L;
        var clock = Stopwatch.StartNew();
        System.Threading.Tasks.Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            var calls = 0;
            while (clock.Elapsed < duration)
            {
                for (var i = 0; i < 60; i++)
                {
                    workload.Run(worker + calls++);
                }
            }

            Interlocked.Add(ref total, calls);
        });
        return total / clock.Elapsed.TotalSeconds;
    }

    /// <summary>The recorded invocations of the whole mix, replayed against the handlers: microseconds and bytes per call of the mix.</summary>
    private static (double Microseconds, double Bytes) HandlersOnly(CallWorkload workload, TimeSpan duration)
    {
        var invocations = workload.Invoker.Invocations.ToArray();
        var limit = TimeSpan.FromSeconds(8);
        void Once()
        {
            foreach (var (function, eventJson) in invocations)
            {
                var result = workload.Handlers.InvokeAsync(function, eventJson, limit, CancellationToken.None).GetAwaiter().GetResult();
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"{function} failed on a recorded event: {result.Error}");
                }
            }
        }

        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(0.5))
        {
            Once();
        }

        var rounds = 0;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            Once();
            rounds++;
        }

        var calls = (double)rounds * workload.Calls.Length;
        return (clock.Elapsed.TotalMicroseconds / calls, (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / calls);
    }
}
