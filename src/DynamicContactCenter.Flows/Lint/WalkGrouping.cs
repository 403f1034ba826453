namespace DynamicContactCenter.Flows.Lint;

/// <summary>Lists the cases a walk finding affects, so one finding names every number, language and environment it holds for.</summary>
internal static class WalkGrouping
{
    private const int MaxListed = 6;

    public static string Cases(IEnumerable<WalkObservation> observations)
    {
        var labels = observations.Select(o => o.Case.Label).Distinct(StringComparer.Ordinal).ToList();
        var listed = string.Join(", ", labels.Take(MaxListed));
        return labels.Count > MaxListed ? $"{listed} and {labels.Count - MaxListed} more" : listed;
    }
}
