namespace DynamicContactCenter.Benchmarks.Profiling;

/// <summary>Where a workload's samples fell: per method inclusive (the method or anything it called was running) and per area
/// exclusive (the code actually on the CPU), as shares of the workload thread's samples.</summary>
/// <param name="Samples">Samples of the workload's thread.</param>
/// <param name="Inclusive">Our own methods (DynamicContactCenter.*) by inclusive share, largest first.</param>
/// <param name="ExclusiveByArea">Exclusive share by namespace (or native module), largest first.</param>
/// <param name="ExclusiveMethods">The methods with the largest exclusive share, any namespace.</param>
internal sealed record ProfileResult(
    int Samples,
    IReadOnlyList<(string Name, double Share)> Inclusive,
    IReadOnlyList<(string Name, double Share)> ExclusiveByArea,
    IReadOnlyList<(string Name, double Share)> ExclusiveMethods);
