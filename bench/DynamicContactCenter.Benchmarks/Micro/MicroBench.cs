using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace DynamicContactCenter.Benchmarks.Micro;

/// <summary>
/// The hot pieces under BenchmarkDotNet: the fold, interpolation, condition evaluation, flow parsing, and one whole call.
/// A short job (1 launch, 3 warm-up and 5 measured iterations of about 150 ms) in this process, so the whole bench stays within minutes.
/// </summary>
internal static class MicroBench
{
    public static readonly Type[] Benchmarks =
    [
        typeof(SessionFoldBenchmarks), typeof(InterpolationBenchmarks), typeof(ConditionBenchmarks), typeof(FlowParseBenchmarks), typeof(FullCallBenchmarks),
    ];

    /// <summary>The short in-process job the harness uses (also for <c>micro</c> mode's own command line).</summary>
    public static IConfig Config(string artifacts, bool quiet) => ManualConfig.CreateEmpty()
        .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5)
            .WithIterationTime(TimeInterval.FromMilliseconds(150)).WithToolchain(InProcessEmitToolchain.Instance).WithId("short-inproc"))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumnProvider(DefaultColumnProviders.Instance)
        .AddLogger(quiet ? NullLogger.Instance : ConsoleLogger.Default)
        .WithArtifactsPath(artifacts)
        .WithOptions(ConfigOptions.DisableLogFile);

    public static IReadOnlyList<MicroResult> Run(string artifacts, TextWriter progress)
    {
        var results = new List<MicroResult>();
        foreach (var type in Benchmarks)
        {
            var summary = BenchmarkRunner.Run(type, Config(artifacts, quiet: true));
            if (summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success))
            {
                throw new InvalidOperationException($"BenchmarkDotNet could not run {type.Name}: " +
                    string.Join("; ", summary.ValidationErrors.Select(e => e.Message)));
            }

            foreach (var report in summary.Reports)
            {
                var statistics = report.ResultStatistics!;
                var parameters = report.BenchmarkCase.HasParameters ? $" ({report.BenchmarkCase.Parameters.DisplayInfo.Trim('[', ']')})" : "";
                results.Add(new MicroResult(
                    $"{type.Name.Replace("Benchmarks", "", StringComparison.Ordinal)}.{report.BenchmarkCase.Descriptor.WorkloadMethod.Name}{parameters}",
                    statistics.Mean,
                    statistics.ConfidenceInterval.Margin,
                    report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase)));
            }

            progress.WriteLine($"  micro: {type.Name}");
        }

        return results;
    }
}
