namespace DynamicContactCenter.Benchmarks.Micro;

/// <summary>One BenchmarkDotNet case: mean time and allocation per operation.</summary>
internal sealed record MicroResult(string Name, double MeanNanoseconds, double ErrorNanoseconds, long? AllocatedBytes);
