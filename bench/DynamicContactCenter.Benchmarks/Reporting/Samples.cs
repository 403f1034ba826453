using System.Collections.Immutable;

namespace DynamicContactCenter.Benchmarks.Reporting;

/// <summary>A sorted set of measurements with the order statistics the tables show.</summary>
internal sealed class Samples
{
    private readonly ImmutableArray<double> _sorted;

    public Samples(IEnumerable<double> values)
    {
        _sorted = [.. values.Order()];
        if (_sorted.IsEmpty)
        {
            throw new ArgumentException("At least one sample is needed.", nameof(values));
        }
    }

    public int Count => _sorted.Length;

    public double Min => _sorted[0];

    public double Max => _sorted[^1];

    public double Median => Percentile(50);

    public double P95 => Percentile(95);

    public double Mean => _sorted.Average();

    /// <summary>Nearest-rank percentile: the smallest sample with at least <paramref name="percent"/>% of samples at or below it.</summary>
    public double Percentile(double percent)
    {
        var rank = (int)Math.Ceiling(percent / 100 * _sorted.Length);
        return _sorted[Math.Clamp(rank, 1, _sorted.Length) - 1];
    }
}
