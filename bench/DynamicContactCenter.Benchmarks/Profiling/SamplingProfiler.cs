using System.Diagnostics.Tracing;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace DynamicContactCenter.Benchmarks.Profiling;

/// <summary>
/// A sampling CPU profile of this process while a workload runs: an EventPipe session on ourselves (the runtime's sample profiler,
/// one stack per managed thread every millisecond, plus the method rundown that names JIT-compiled code), read back with TraceEvent.
/// Both libraries come with BenchmarkDotNet; no dotnet-trace needed.
/// </summary>
internal static partial class SamplingProfiler
{
    private const string SampleProvider = "Microsoft-DotNETCore-SampleProfiler";

    // The harness's own frames (loops, the invokers) are left out of the per-method shares: they are on every stack.
    private const string Harness = "DynamicContactCenter.Benchmarks.";

    /// <summary>Profiles <paramref name="workload"/>, run on this thread; only this thread's samples count.</summary>
    public static ProfileResult Run(Action workload, string traceFile, int top)
    {
        // EventPipe names threads by their OS id; /proc/thread-self links to /proc/<pid>/task/<tid>.
        var threadId = int.Parse(new DirectoryInfo("/proc/thread-self").ResolveLinkTarget(returnFinalTarget: false)!.Name, CultureInfo.InvariantCulture);
        var providers = new List<EventPipeProvider>
        {
            new(SampleProvider, EventLevel.Informational),
            new("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, (long)(ClrTraceEventParser.Keywords.Jit | ClrTraceEventParser.Keywords.Loader)),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(traceFile))!);
        using (var session = new DiagnosticsClient(Environment.ProcessId).StartEventPipeSession(providers, requestRundown: true))
        {
            var copy = Task.Run(() =>
            {
                using var file = File.Create(traceFile);
                session.EventStream.CopyTo(file);
            });
            workload();
            session.Stop();
            copy.Wait();
        }

        var etlx = TraceLog.CreateFromEventPipeDataFile(traceFile);
        using var log = new TraceLog(etlx);
        var inclusive = new Dictionary<string, int>(StringComparer.Ordinal);
        var exclusiveArea = new Dictionary<string, int>(StringComparer.Ordinal);
        var exclusiveMethod = new Dictionary<string, int>(StringComparer.Ordinal);
        var samples = 0;
        foreach (var sample in log.Events.Where(e => e.ProviderName == SampleProvider && e.ThreadID == threadId))
        {
            var frames = new List<(string Method, string Module)>();
            for (var frame = sample.CallStack(); frame is not null; frame = frame.Caller)
            {
                frames.Add((Clean(frame.CodeAddress.FullMethodName), frame.CodeAddress.ModuleName ?? "?"));
            }

            samples++;

            // The sampler stops threads at GC safe points, so a sample often lands in the poll itself: charge its caller.
            var topIndex = frames.FindIndex(f => !f.Method.Contains("PollGC", StringComparison.Ordinal));
            var (topMethod, topModule) = frames[Math.Max(topIndex, 0)];
            var own = frames.Skip(Math.Max(topIndex, 0)).Select(f => f.Method)
                .FirstOrDefault(m => m.StartsWith("DynamicContactCenter.", StringComparison.Ordinal) && !m.StartsWith(Harness, StringComparison.Ordinal));
            var via = own is null || own == topMethod ? "" : $" ← `{Shorten(own)}`";
            var native = topModule is { Length: > 0 } and not "?" ? $"(native code in {topModule})" : "(native runtime code: allocation, GC, casts, helpers)";
            Add(exclusiveMethod, (topMethod.Length > 0 ? $"`{topMethod}`" : native) + via);
            Add(exclusiveArea, topMethod.Length > 0 ? $"`{Area(topMethod)}`" : native);
            foreach (var method in frames.Select(f => f.Method)
                .Where(m => m.StartsWith("DynamicContactCenter.", StringComparison.Ordinal) && !m.StartsWith(Harness, StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal))
            {
                Add(inclusive, method);
            }
        }

        File.Delete(etlx);
        return new ProfileResult(samples, Top(inclusive, samples, top), Top(exclusiveArea, samples, top), Top(exclusiveMethod, samples, top));
    }

    private static void Add(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static List<(string Name, double Share)> Top(Dictionary<string, int> counts, int total, int top) =>
        [.. counts.OrderByDescending(p => p.Value).Take(top).Select(p => (p.Key, total == 0 ? 0 : (double)p.Value / total))];

    /// <summary>Type.Method without the namespace, for the "called from" note.</summary>
    private static string Shorten(string method)
    {
        var typeEnd = method.LastIndexOf('.');
        var namespaceEnd = typeEnd > 0 ? method.LastIndexOf('.', typeEnd - 1) : -1;
        return namespaceEnd > 0 ? method[(namespaceEnd + 1)..] : method;
    }

    /// <summary>A method's namespace, e.g. System.Text.Json or DynamicContactCenter.Flows.Execution.</summary>
    private static string Area(string method)
    {
        var typeEnd = method.LastIndexOf('.');
        var type = typeEnd > 0 ? method[..typeEnd] : method;
        var namespaceEnd = type.LastIndexOf('.');
        return namespaceEnd > 0 ? type[..namespaceEnd] : type;
    }

    /// <summary>Readable method names: no parameter lists or generic arity, async state machines as their method.</summary>
    private static string Clean(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "";
        }

        var cleaned = ParameterList().Replace(name, "");
        cleaned = AsyncStateMachine().Replace(cleaned, ".$1");
        return GenericArity().Replace(cleaned, "");
    }

    [GeneratedRegex(@"\(.*\)$")]
    private static partial Regex ParameterList();

    [GeneratedRegex(@"\+<([^>]+)>d__\d+\.MoveNext")]
    private static partial Regex AsyncStateMachine();

    [GeneratedRegex(@"`\d+|\[[^\]]*\]")]
    private static partial Regex GenericArity();
}
