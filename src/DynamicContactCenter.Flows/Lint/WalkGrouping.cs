namespace DynamicContactCenter.Flows.Lint;

/// <summary>Lists the cases a walk finding affects, so one finding names every number, language and environment it holds for.</summary>
internal static class WalkGrouping
{
    private const int MaxListed = 6;

    public static string Cases(IEnumerable<WalkObservation> observations)
    {
        // Each class's cases, in the routing data's order: the order the per-number walk met them in.
        var labels = observations.Select(o => o.Class).Distinct().SelectMany(c => c.Positions.Zip(c.Members))
            .OrderBy(p => p.First).Select(p => p.Second.Label).Distinct(StringComparer.Ordinal).ToList();
        var listed = string.Join(", ", labels.Take(MaxListed));
        return labels.Count > MaxListed ? $"{listed} and {labels.Count - MaxListed} more" : listed;
    }
}
