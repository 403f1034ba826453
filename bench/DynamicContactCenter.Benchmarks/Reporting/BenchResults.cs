using DynamicContactCenter.Benchmarks.ColdStart;
using DynamicContactCenter.Benchmarks.Micro;
using DynamicContactCenter.Benchmarks.Throughput;
using DynamicContactCenter.Benchmarks.Warm;

namespace DynamicContactCenter.Benchmarks.Reporting;

/// <summary>Everything one run measured; a part that was not run is null.</summary>
internal sealed record BenchResults
{
    public required MachineInfo Machine { get; init; }

    public string LoadAtEnd { get; init; } = "";

    public string PythonDescription { get; init; } = "";

    public TimeSpan Elapsed { get; init; }

    public IReadOnlyList<ColdStartResult>? ColdStarts { get; init; }

    public int ColdStartRuns { get; init; }

    public IReadOnlyList<WarmResult>? Warm { get; init; }

    public int WarmInvocations { get; init; }

    public int WarmWarmup { get; init; }

    public ThroughputResult? Throughput { get; init; }

    public IReadOnlyList<MicroResult>? Micro { get; init; }
}
