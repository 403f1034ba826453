using System.Collections.Immutable;
using NodaTime;

namespace DynamicContactCenter.Flows.Instance;

/// <summary>A dated exception to the weekly hours (a holiday, extended or reduced hours). It replaces that day's weekly ranges.</summary>
/// <param name="Date">The day, in the hours' time zone.</param>
/// <param name="Name">What it is, e.g. <c>Christmas Day</c>.</param>
/// <param name="Ranges">Opening ranges that day; empty means closed all day.</param>
public sealed record HoursOverride(LocalDate Date, string? Name, ImmutableArray<TimeRange> Ranges);
