using System.Globalization;

namespace DynamicContactCenter.Benchmarks.Infrastructure;

/// <summary>The harness's command line: <c>MODE [--option value]...</c>; see <see cref="Usage"/>.</summary>
internal sealed record BenchOptions
{
    public const string Usage = """
        usage: DynamicContactCenter.Benchmarks <all|coldstart|warm|throughput|micro|config> [options]
          --repo DIR        repository root (default: found from the working directory)
          --aot PATH        the Native AOT bootstrap            (coldstart, warm, all)
          --jit PATH        bootstrap.dll of a JIT publish      (coldstart, warm, all)
          --python PATH     python3 with boto3                  (coldstart, warm, all)
          --python-note T   how boto3 was found, for the report
          --runs N          cold starts per runtime (default 20)
          --invocations N   timed warm invocations per runtime and cache mode (default 300)
          --seconds S       seconds per throughput measurement (default 3)
          --out FILE        write the Markdown results here as well as to stdout
          --readme FILE     replace the text between the results markers of this README with them
          --rows N          config: generated rows to apply and plan (default 1000)
          --latency-ms N    config: delay the loopback proxy adds per request (default 20)
        bench/run.sh builds everything and passes these; see bench/README.md.
        """;

    public string Mode { get; init; } = "all";
    public string? Repo { get; init; }
    public string? Aot { get; init; }
    public string? Jit { get; init; }
    public string? Python { get; init; }
    public string PythonNote { get; init; } = "";
    public int Runs { get; init; } = 20;
    public int Invocations { get; init; } = 300;
    public double Seconds { get; init; } = 3;
    public string? Out { get; init; }
    public string? Readme { get; init; }
    public int Rows { get; init; } = 1000;
    public int LatencyMs { get; init; } = 20;

    public static readonly string[] Modes = ["all", "coldstart", "warm", "throughput", "micro", "config"];

    /// <summary>Parses the arguments; the error says which one is wrong and what was expected.</summary>
    public static (BenchOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || !Modes.Contains(args[0], StringComparer.Ordinal))
        {
            return (null, $"the first argument must be one of {string.Join(", ", Modes)}");
        }

        var options = new BenchOptions { Mode = args[0] };
        for (var i = 1; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
            {
                return (null, $"{args[i]} needs a value");
            }

            var value = args[i + 1];
            int Count() => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : -1;
            options = args[i] switch
            {
                "--repo" => options with { Repo = value },
                "--aot" => options with { Aot = value },
                "--jit" => options with { Jit = value },
                "--python" => options with { Python = value },
                "--python-note" => options with { PythonNote = value },
                "--runs" => Count() is > 0 and var runs ? options with { Runs = runs } : null,
                "--invocations" => Count() is > 0 and var n ? options with { Invocations = n } : null,
                "--seconds" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 ? options with { Seconds = s } : null,
                "--out" => options with { Out = value },
                "--readme" => options with { Readme = value },
                "--rows" => Count() is > 0 and var rows ? options with { Rows = rows } : null,
                "--latency-ms" => Count() is > 0 and var ms ? options with { LatencyMs = ms } : null,
                _ => null,
            };
            if (options is null)
            {
                return (null, $"{args[i]} {value}: unknown option, or not a positive number where one is expected");
            }
        }

        return (options, null);
    }
}
