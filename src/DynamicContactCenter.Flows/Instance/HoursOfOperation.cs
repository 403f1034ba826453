using System.Collections.Immutable;
using NodaTime;

namespace DynamicContactCenter.Flows.Instance;

/// <summary>Hours of operation: weekly ranges in an IANA time zone, with dated overrides.</summary>
/// <param name="Name">The name, e.g. <c>Business Hours</c>.</param>
/// <param name="Arn">The ARN, or null.</param>
/// <param name="Zone">The time zone the ranges are in.</param>
/// <param name="Weekly">Ranges per day of the week; a day with none is closed.</param>
/// <param name="Overrides">Dated overrides; an override replaces the weekly ranges of its date.</param>
public sealed record HoursOfOperation(string Name, string? Arn, DateTimeZone Zone,
    ImmutableDictionary<IsoDayOfWeek, ImmutableArray<TimeRange>> Weekly, ImmutableArray<HoursOverride> Overrides)
{
    /// <summary>The id: the last segment of the ARN, or null.</summary>
    public string? Id => Arn is null ? null : Arn[(Arn.LastIndexOf('/') + 1)..];

    /// <summary>Whether the hours are open at <paramref name="at"/>, and the override that decided it, if any.</summary>
    public (bool Open, HoursOverride? Override) Evaluate(Instant at)
    {
        var local = at.InZone(Zone).LocalDateTime;
        foreach (var dated in Overrides)
        {
            if (dated.Date == local.Date) return (dated.Ranges.Any(r => r.Contains(local.TimeOfDay)), dated);
        }

        var ranges = Weekly.GetValueOrDefault(local.DayOfWeek, []);
        return (ranges.Any(r => r.Contains(local.TimeOfDay)), null);
    }
}
