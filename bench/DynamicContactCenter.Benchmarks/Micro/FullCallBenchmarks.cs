using BenchmarkDotNet.Attributes;
using DynamicContactCenter.Benchmarks.Throughput;
using DynamicContactCenter.Flows.Execution;

namespace DynamicContactCenter.Benchmarks.Micro;

/// <summary>One whole simulated call (Init, Language, Main; three in-process function invocations), for its time and allocation.</summary>
public class FullCallBenchmarks
{
    private CallWorkload _workload = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workload = CallWorkload.Create(RepositoryRoot.Find());
        _workload.Verify();
    }

    /// <summary>The Spanish number inside business hours: queued.</summary>
    [Benchmark]
    public CallOutcome QueuedCall() => _workload.Run(2).Outcome;
}
