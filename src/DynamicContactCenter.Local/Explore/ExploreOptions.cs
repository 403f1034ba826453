namespace DynamicContactCenter.Local.Explore;

/// <summary>The bounds and the starting point of <c>dcc explore</c>.</summary>
public sealed record ExploreOptions
{
    /// <summary>The most calls exploration plays, over every entry flow (<c>--max-paths</c>).</summary>
    public int MaxPaths { get; init; } = 200;

    /// <summary>How long exploration may run (<c>--time-limit</c>), measured on the center's clock.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>When the first calls happen; the hours chooser moves from here to an open or a closed time. A fixed Tuesday morning
    /// (not the present: libraries do not read the clock, and written scenarios must replay the same way next year).</summary>
    public DateTimeOffset At { get; init; } = new(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(-5));
}
