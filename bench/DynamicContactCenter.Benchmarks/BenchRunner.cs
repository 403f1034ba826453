using System.Diagnostics;
using DynamicContactCenter.Benchmarks.ColdStart;
using DynamicContactCenter.Benchmarks.Infrastructure;
using DynamicContactCenter.Benchmarks.Micro;
using DynamicContactCenter.Benchmarks.Reporting;
using DynamicContactCenter.Benchmarks.Throughput;
using DynamicContactCenter.Benchmarks.Warm;

namespace DynamicContactCenter.Benchmarks;

/// <summary>Runs the parts the mode asks for, in order (process benchmarks first, while nothing else of ours runs), and reports.</summary>
internal static class BenchRunner
{
    public const string ResultsBegin = "<!-- bench:results:begin (written by bench/run.sh) -->";
    public const string ResultsEnd = "<!-- bench:results:end -->";

    private const int WarmWarmup = 50;

    public static async Task<int> RunAsync(BenchOptions options, TextWriter output, TextWriter progress)
    {
        var root = Path.GetFullPath(options.Repo ?? RepositoryRoot.Find());
        RepositoryRoot.Override = root;
        var clock = Stopwatch.StartNew();
        var machine = MachineInfo.Read(root);
        await progress.WriteLineAsync($"bench: {machine}; load {machine.LoadAtStart}");
        var mode = options.Mode;
        if (mode == "config")
        {
            // Issue #15: not part of "all" (it prints its own table; bench/README.md, Config at network latency).
            await output.WriteLineAsync(await ConfigLatency.ConfigLatencyBench.RunAsync(root, options.Rows, TimeSpan.FromMilliseconds(options.LatencyMs), progress));
            return 0;
        }

        var results = new BenchResults { Machine = machine, ColdStartRuns = options.Runs, WarmInvocations = options.Invocations, WarmWarmup = WarmWarmup };

        if (mode is "all" or "coldstart" or "warm")
        {
            if (Runtimes(options, root) is not { } runtimes)
            {
                await progress.WriteLineAsync("error: --aot (a file), --jit (a .dll) and --python are needed for " + mode + BenchOptions.Usage);
                return 2;
            }

            results = results with { PythonDescription = PythonDescription(options) };
            await progress.WriteLineAsync("bench: starting dynalite (tables seeded from the embedded routing.yaml)");
            await using var dynalite = await DynaliteServer.StartAsync(root);
            if (mode is "all" or "coldstart")
            {
                // Ours once more on the embedded data: what is left of a cold start without the AWS SDK and the first DynamoDB read.
                var coldRuntimes = runtimes.Concat(runtimes.Where(r => !r.IsBaseline).Select(r => r.WithEmbeddedData())).ToList();
                results = results with { ColdStarts = await ColdStartBench.RunAsync(coldRuntimes, dynalite.FunctionEnvironment, options.Runs, progress) };
            }

            if (mode is "all" or "warm")
            {
                results = results with { Warm = await WarmBench.RunAsync(runtimes, dynalite.FunctionEnvironment, WarmWarmup, options.Invocations, progress) };
            }
        }

        if (mode is "all" or "throughput")
        {
            results = results with
            {
                Throughput = ThroughputBench.Run(root, TimeSpan.FromSeconds(options.Seconds), progress,
                Path.Combine(root, "artifacts", "bench", "throughput.nettrace"))
            };
        }

        if (mode is "all" or "micro")
        {
            results = results with { Micro = MicroBench.Run(Path.Combine(root, "artifacts", "bench", "BenchmarkDotNet.Artifacts"), progress) };
        }

        results = results with { LoadAtEnd = MachineInfo.LoadAverage(), Elapsed = clock.Elapsed };
        var markdown = MarkdownReport.Write(results);
        await output.WriteAsync(markdown);
        if (options.Out is { } outFile)
        {
            await File.WriteAllTextAsync(outFile, "# Benchmark results\n\n" + markdown);
        }

        if (options.Readme is { } readme)
        {
            await SpliceAsync(readme, markdown);
        }

        return 0;
    }

    private static List<FunctionRuntime>? Runtimes(BenchOptions options, string root)
    {
        if (options.Aot is not { } aot || !File.Exists(aot) || options.Jit is not { } jit || !File.Exists(jit) || options.Python is not { } python)
        {
            return null;
        }

        return
        [
            FunctionRuntime.Aot(Path.GetFullPath(aot)),
            FunctionRuntime.Jit(Path.GetFullPath(jit)),
            FunctionRuntime.Python(python, Path.Combine(root, "bench", "baseline-python", "bootstrap.py")),
        ];
    }

    private static string PythonDescription(BenchOptions options)
    {
        var versions = MachineInfo.Output(options.Python!, ["-c", "import sys, boto3, botocore; print('Python', sys.version.split()[0] + ',', 'boto3', boto3.__version__ + ',', 'botocore', botocore.__version__)"], "python (versions unknown)");
        return options.PythonNote.Length > 0 ? $"{versions} ({options.PythonNote})" : versions;
    }

    /// <summary>Replaces the text between the results markers of <paramref name="readme"/>, so the README always shows the last run.</summary>
    private static async Task SpliceAsync(string readme, string markdown)
    {
        var text = await File.ReadAllTextAsync(readme);
        var begin = text.IndexOf(ResultsBegin, StringComparison.Ordinal);
        var end = text.IndexOf(ResultsEnd, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new InvalidOperationException($"{readme} has no '{ResultsBegin}' ... '{ResultsEnd}' markers to put the results between.");
        }

        var spliced = string.Concat(text.AsSpan(0, begin + ResultsBegin.Length), "\n", markdown, text.AsSpan(end));
        await File.WriteAllTextAsync(readme, spliced);
    }
}
