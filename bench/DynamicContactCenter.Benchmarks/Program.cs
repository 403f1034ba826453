using DynamicContactCenter.Benchmarks;
using DynamicContactCenter.Benchmarks.Infrastructure;

// bench/run.sh is the documented entry point (bench/README.md): it builds the runtimes and calls this with their paths.
var (options, error) = BenchOptions.Parse(args);
if (options is null)
{
    await Console.Error.WriteLineAsync("error: " + error + Environment.NewLine + BenchOptions.Usage);
    return 2;
}

return await BenchRunner.RunAsync(options, Console.Out, Console.Error);
