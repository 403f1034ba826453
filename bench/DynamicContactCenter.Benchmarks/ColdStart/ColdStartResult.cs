using DynamicContactCenter.Benchmarks.Infrastructure;
using DynamicContactCenter.Benchmarks.Reporting;

namespace DynamicContactCenter.Benchmarks.ColdStart;

/// <summary>Cold starts of one runtime: milliseconds from process start to the posted response, and peak RSS (KiB) per run.</summary>
internal sealed record ColdStartResult(FunctionRuntime Runtime, Samples Milliseconds, Samples PeakRssKib);
