namespace DynamicContactCenter.Storage.Caching;

/// <summary>How long routing rows are cached, and how old a cached row may be when it is served through a store outage.</summary>
public sealed record CachingOptions
{
    /// <summary>The default time a row is served from the cache before it is read again.</summary>
    public static readonly TimeSpan DefaultTimeToLive = TimeSpan.FromMinutes(5);

    /// <summary>The default oldest a cached row may be to be served when the store fails.</summary>
    public static readonly TimeSpan DefaultMaxStale = TimeSpan.FromHours(1);

    /// <summary>How long a row (or a miss) is served from the cache before the store is read again.</summary>
    public TimeSpan TimeToLive { get; init; } = DefaultTimeToLive;

    /// <summary>
    /// How old a cached row may be and still be served when reading it again fails: a caller hears yesterday's
    /// prompt rather than the error prompt. Counted from when the row was read.
    /// </summary>
    public TimeSpan MaxStale { get; init; } = DefaultMaxStale;
}
