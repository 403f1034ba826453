using NodaTime;

namespace DynamicContactCenter.Flows.Instance;

/// <summary>Opening time within one day: from <paramref name="Start"/> (inclusive) to <paramref name="End"/> (exclusive);
/// a null end means midnight at the end of the day (written <c>24:00</c>).</summary>
/// <param name="Start">Opening time.</param>
/// <param name="End">Closing time, or null for 24:00.</param>
public sealed record TimeRange(LocalTime Start, LocalTime? End)
{
    /// <summary>True when <paramref name="time"/> is inside the range.</summary>
    public bool Contains(LocalTime time) => time >= Start && (End is null || time < End.Value);

    /// <inheritdoc />
    public override string ToString() => $"{Start:HH:mm}-{(End is null ? "24:00" : End.Value.ToString("HH:mm", null))}";
}
