using DynamicContactCenter.Benchmarks.Infrastructure;
using DynamicContactCenter.Benchmarks.Reporting;

namespace DynamicContactCenter.Benchmarks.Warm;

/// <summary>Warm invocations of one runtime in one cache mode: milliseconds from queuing the event to the posted response.</summary>
internal sealed record WarmResult(FunctionRuntime Runtime, CacheMode Mode, Samples Milliseconds);
