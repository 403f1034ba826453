using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Benchmarks.Infrastructure;

/// <summary>One way of running the functions as a process behind the Runtime API: the AOT <c>bootstrap</c>, <c>dotnet bootstrap.dll</c>
/// (JIT), or the Python baseline; against dynalite, or (ours only, to split a cold start) the embedded routing.yaml.</summary>
/// <param name="Key">A short stable name: aot, jit, python, aot-embedded, jit-embedded.</param>
/// <param name="Label">The name in the results table.</param>
/// <param name="FileName">The program to start.</param>
/// <param name="Arguments">Its arguments (the dll or the script).</param>
/// <param name="IsBaseline">True for the Python baseline that ratios are taken against.</param>
/// <param name="HasCache">True when the runtime caches reads (ours do, with DCC_CACHE_TTL_SECONDS; the baseline, like the sample, does not).</param>
/// <param name="ReadsDynamoDb">False: the table variables are left out, so our functions serve the embedded routing.yaml (no AWS SDK).</param>
internal sealed record FunctionRuntime(string Key, string Label, string FileName, IReadOnlyList<string> Arguments, bool IsBaseline, bool HasCache, bool ReadsDynamoDb = true)
{
    /// <summary>The Native AOT <c>bootstrap</c>.</summary>
    public static FunctionRuntime Aot(string bootstrap) => new("aot", "AOT bootstrap", bootstrap, [], IsBaseline: false, HasCache: true);

    /// <summary>The same handlers run by the JIT: <c>dotnet bootstrap.dll</c>.</summary>
    public static FunctionRuntime Jit(string bootstrapDll) => new("jit", "JIT dotnet bootstrap.dll", "dotnet", [bootstrapDll], IsBaseline: false, HasCache: true);

    /// <summary>Python 3 + boto3 speaking the Runtime API itself (bench/baseline-python/bootstrap.py).</summary>
    public static FunctionRuntime Python(string python, string script) =>
        new("python", "Python 3 + boto3 (baseline)", python, ["-u", script], IsBaseline: true, HasCache: false);

    /// <summary>This runtime on the embedded routing.yaml instead of DynamoDB: the process and runtime start alone.</summary>
    public FunctionRuntime WithEmbeddedData() =>
        this with { Key = Key + "-embedded", Label = Label + ", embedded routing.yaml (no DynamoDB)", ReadsDynamoDb = false };

    /// <summary>The process environment: everything for dynalite, or without the table names for the embedded data.</summary>
    public IReadOnlyDictionary<string, string> EnvironmentFrom(IReadOnlyDictionary<string, string> dynalite) => ReadsDynamoDb
        ? dynalite
        : dynalite.Where(pair => pair.Key is not (RoutingTableNames.EnvironmentsVariable or RoutingTableNames.DialedNumbersVariable or RoutingTableNames.PromptsVariable))
            .ToDictionary(pair => pair.Key, pair => pair.Value);
}
