using System.Globalization;
using System.Text;
using DynamicContactCenter.Benchmarks.ColdStart;
using DynamicContactCenter.Benchmarks.Warm;

namespace DynamicContactCenter.Benchmarks.Reporting;

/// <summary>Writes the results as Markdown tables: the targets first, then each measurement with its ratios to the Python baseline
/// from the same run.</summary>
internal static class MarkdownReport
{
    private const double ColdStartTarget = 0.1;
    private const double WarmTarget = 0.3;
    private const double MemoryTarget = 0.5;
    private const double CallsPerSecondTarget = 50_000;

    public static string Write(BenchResults results)
    {
        var md = new StringBuilder();
        var m = results.Machine;
        Line(md, $"Measured by `bench/run.sh` on {m.Cpu} ({m.Cores} cores), {m.Os}, {m.DotNet}; commit `{m.Commit}`, {m.Date:yyyy-MM-dd HH:mm} UTC.");
        Line(md, $"Load average (1, 5, 15 min) at start {m.LoadAtStart}, at end {results.LoadAtEnd}: the machine is shared, so expect noise; ratios come from the same run, runtimes taking turns.");
        if (results.PythonDescription.Length > 0)
        {
            Line(md, $"Baseline: {results.PythonDescription}.");
        }

        Line(md, $"The measurements took {results.Elapsed.TotalSeconds:F0} s (builds not included).");
        md.AppendLine();
        Targets(md, results);
        ColdStarts(md, results);
        Warm(md, results);
        Throughput(md, results);
        Micro(md, results);
        return md.ToString();
    }

    private static void Targets(StringBuilder md, BenchResults results)
    {
        var rows = new List<(string Measure, string Value, string Target, bool Met)>();
        var baseline = results.ColdStarts?.FirstOrDefault(c => c.Runtime.IsBaseline);
        var aot = results.ColdStarts?.FirstOrDefault(c => c.Runtime.Key == "aot");
        if (baseline is not null && aot is not null)
        {
            var cold = aot.Milliseconds.Median / baseline.Milliseconds.Median;
            rows.Add(("Cold start, AOT median ÷ Python median", Ratio(cold), $"≤ {ColdStartTarget}×", cold <= ColdStartTarget));
            var memory = aot.PeakRssKib.Median / baseline.PeakRssKib.Median;
            rows.Add(("Peak RSS, AOT ÷ Python", Ratio(memory), $"≤ {MemoryTarget}×", memory <= MemoryTarget));
        }

        var warmBaseline = results.Warm?.FirstOrDefault(w => w.Runtime.IsBaseline && w.Mode == CacheMode.None);
        foreach (var mode in new[] { CacheMode.Hit, CacheMode.Miss })
        {
            var warm = results.Warm?.FirstOrDefault(w => w.Mode == mode && w.Runtime.Key == "aot");
            if (warm is not null && warmBaseline is not null)
            {
                var ratio = warm.Milliseconds.Median / warmBaseline.Milliseconds.Median;
                rows.Add(($"Warm invocation, AOT cache {mode.ToString().ToLowerInvariant()} median ÷ Python median", Ratio(ratio), $"≤ {WarmTarget}×", ratio <= WarmTarget));
            }
        }

        if (results.Throughput is { } t)
        {
            rows.Add(("Full simulated calls per second, one thread", $"{t.SingleThreadCallsPerSecond:N0}", $"≥ {CallsPerSecondTarget:N0}", t.SingleThreadCallsPerSecond >= CallsPerSecondTarget));
        }

        if (rows.Count == 0)
        {
            return;
        }

        Line(md, "### Against the targets (issue #7)");
        md.AppendLine();
        Line(md, "| Measure | Now | Target | Met |");
        Line(md, "|---|---:|---:|:---:|");
        foreach (var (measure, value, target, met) in rows)
        {
            Line(md, $"| {measure} | {value} | {target} | {(met ? "yes" : "**no**")} |");
        }

        md.AppendLine();
    }

    private static void ColdStarts(StringBuilder md, BenchResults results)
    {
        if (results.ColdStarts is not { } colds)
        {
            return;
        }

        var baseline = colds.First(c => c.Runtime.IsBaseline);
        Line(md, $"### Cold start: process start → first response ({results.ColdStartRuns} runs each)");
        md.AppendLine();
        Line(md, "Start the function process behind the local Runtime API with one GetDynAttributes event queued; it initialises, fetches the event, " +
            "reads DialedNumbers in dynalite, folds the session and posts the response; then its peak RSS (VmHWM) is read and it is stopped.");
        md.AppendLine();
        Line(md, "| Runtime | median ms | p95 ms | min ms | max ms | × Python (median) | × Python (p95) | peak RSS MiB (median) | × Python |");
        Line(md, "|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var c in colds)
        {
            Line(md, $"| {c.Runtime.Label} | {c.Milliseconds.Median:F1} | {c.Milliseconds.P95:F1} | {c.Milliseconds.Min:F1} | {c.Milliseconds.Max:F1} | " +
                $"{Ratio(c.Milliseconds.Median / baseline.Milliseconds.Median)} | {Ratio(c.Milliseconds.P95 / baseline.Milliseconds.P95)} | " +
                $"{c.PeakRssKib.Median / 1024:F1} | {Ratio(c.PeakRssKib.Median / baseline.PeakRssKib.Median)} |");
        }

        md.AppendLine();
    }

    private static void Warm(StringBuilder md, BenchResults results)
    {
        if (results.Warm is not { } warm)
        {
            return;
        }

        var baseline = warm.First(w => w.Runtime.IsBaseline && w.Mode == CacheMode.None);
        Line(md, $"### Warm invocation through the Runtime API ({results.WarmInvocations} invocations each, after {results.WarmWarmup} warm-up)");
        md.AppendLine();
        Line(md, "Time from queuing the event at the emulator to the posted response, in one long-lived process. Cache hit: DCC_CACHE_TTL_SECONDS=3600 " +
            "(no DynamoDB read); miss: DCC_CACHE_TTL_SECONDS=0 (one GetItem per invocation). The baseline, like the sample, has no cache: every " +
            "invocation reads dynalite, so both modes are compared with it. Floor: a malformed event (`{}`) answered with an error before any " +
            "work, i.e. the runtime loop and the two Runtime API exchanges alone.");
        md.AppendLine();
        Line(md, "| Runtime | cache | median ms | p95 ms | mean ms | max ms | × Python (median) | × Python (p95) |");
        Line(md, "|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var w in warm)
        {
            var mode = w.Mode switch { CacheMode.Hit => "hit", CacheMode.Miss => "miss", CacheMode.Floor => "floor (no work)", _ => "none (reads every time)" };
            Line(md, $"| {w.Runtime.Label} | {mode} | {w.Milliseconds.Median:F3} | {w.Milliseconds.P95:F3} | {w.Milliseconds.Mean:F3} | {w.Milliseconds.Max:F1} | " +
                $"{Ratio(w.Milliseconds.Median / baseline.Milliseconds.Median)} | {Ratio(w.Milliseconds.P95 / baseline.Milliseconds.P95)} |");
        }

        md.AppendLine();
    }

    private static void Throughput(StringBuilder md, BenchResults results)
    {
        if (results.Throughput is not { } t)
        {
            return;
        }

        Line(md, "### Interpreter throughput: full simulated calls, in-process handlers");
        md.AppendLine();
        Line(md, "Init → Language → Main flows from config/instance.yaml and flows/*.json, the three functions in process over the embedded " +
            "routing data (the `dcc call` wiring, one interpreter), the three numbers inside and outside business hours (every call checked: " +
            "queued or disconnected after the closed prompt).");
        md.AppendLine();
        Line(md, "| | calls/s | µs per call | bytes allocated per call |");
        Line(md, "|---|---:|---:|---:|");
        Line(md, $"| one thread | {t.SingleThreadCallsPerSecond:N0} | {1e6 / t.SingleThreadCallsPerSecond:F1} | {t.BytesPerCall:N0} |");
        Line(md, $"| {t.Cores} workers (Parallel.For) | {t.AllCoresCallsPerSecond:N0} | | |");
        md.AppendLine();
        Line(md, $"Where one call's time goes (one thread): {t.StepsPerCall:F1} actions, {t.LambdaCallsPerCall:F1} function invocations, {t.EventsPerCall:F1} transcript events per call.");
        md.AppendLine();
        Line(md, "| part | µs per call | share | bytes per call |");
        Line(md, "|---|---:|---:|---:|");
        var total = 1e6 / t.SingleThreadCallsPerSecond;
        var rest = total - t.HandlersMicrosecondsPerCall - t.InterpreterMicrosecondsPerCall;
        Line(md, $"| whole call (above) | {total:F1} | 100 % | {t.BytesPerCall:N0} |");
        Line(md, $"| function invocations (FunctionHost through the in-process invoker, the recorded events) | {t.HandlersMicrosecondsPerCall:F1} | {t.HandlersMicrosecondsPerCall / total:P0} | {t.HandlersBytesPerCall:N0} |");
        Line(md, $"| interpreter alone (the same calls, functions answered from the recording) | {t.InterpreterMicrosecondsPerCall:F1} | {t.InterpreterMicrosecondsPerCall / total:P0} | {t.InterpreterBytesPerCall:N0} |");
        Line(md, $"| the rest (the pass-through recording invoker, and noise between the loops) | {rest:F1} | {rest / total:P0} | {t.BytesPerCall - t.HandlersBytesPerCall - t.InterpreterBytesPerCall:N0} |");
        Line(md, $"| interpreter per action | {t.InterpreterMicrosecondsPerCall / t.StepsPerCall:F2} | | {t.InterpreterBytesPerCall / t.StepsPerCall:N0} |");
        md.AppendLine();
        if (t.Profile is { Samples: > 0 } profile)
        {
            Line(md, $"Sampling profile of full calls on one thread ({profile.Samples:N0} samples at 1 ms, EventPipe on the harness itself): " +
                "inclusive = that method or what it called was on the stack; exclusive = the code itself was running.");
            md.AppendLine();
            Line(md, "| our method (inclusive) | share |");
            Line(md, "|---|---:|");
            foreach (var (name, share) in profile.Inclusive)
            {
                Line(md, $"| `{name}` | {share:P1} |");
            }

            md.AppendLine();
            Line(md, "| namespace (exclusive) | share |");
            Line(md, "|---|---:|");
            foreach (var (name, share) in profile.ExclusiveByArea)
            {
                Line(md, $"| {name} | {share:P1} |");
            }

            md.AppendLine();
            Line(md, "| method (exclusive) ← nearest of our callers | share |");
            Line(md, "|---|---:|");
            foreach (var (name, share) in profile.ExclusiveMethods)
            {
                Line(md, $"| {name} | {share:P1} |");
            }

            md.AppendLine();
        }

    }

    private static void Micro(StringBuilder md, BenchResults results)
    {
        if (results.Micro is not { } micro)
        {
            return;
        }

        Line(md, "### Hot pieces (BenchmarkDotNet 0.15.8, in-process short job: 3 warm-up + 5 measured iterations of about 150 ms)");
        md.AppendLine();
        Line(md, "| Benchmark | mean | ± (99.9% CI) | allocated per op |");
        Line(md, "|---|---:|---:|---:|");
        foreach (var r in micro)
        {
            Line(md, $"| {r.Name} | {Time(r.MeanNanoseconds)} | {Time(r.ErrorNanoseconds)} | {(r.AllocatedBytes is { } b ? b.ToString("N0", CultureInfo.InvariantCulture) + " B" : "?")} |");
        }

        md.AppendLine();
    }

    private static string Ratio(double ratio) => ratio.ToString("0.000", CultureInfo.InvariantCulture) + "×";

    private static string Time(double nanoseconds) => nanoseconds switch
    {
        < 1_000 => nanoseconds.ToString("F1", CultureInfo.InvariantCulture) + " ns",
        < 1_000_000 => (nanoseconds / 1_000).ToString("F2", CultureInfo.InvariantCulture) + " µs",
        _ => (nanoseconds / 1_000_000).ToString("F2", CultureInfo.InvariantCulture) + " ms",
    };

    private static void Line(StringBuilder md, string text) => md.AppendLine(text);
}
