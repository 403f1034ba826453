namespace DynamicContactCenter.Benchmarks.Warm;

/// <summary>Whether a warm invocation finds its row in the function's in-memory cache.</summary>
internal enum CacheMode
{
    /// <summary>The row is cached (DCC_CACHE_TTL_SECONDS=3600, the same number every time): no DynamoDB round trip.</summary>
    Hit,

    /// <summary>Nothing is cached (DCC_CACHE_TTL_SECONDS=0): every invocation reads DynamoDB.</summary>
    Miss,

    /// <summary>No store read at all: a malformed event (<c>{}</c>), answered with an error at once. The floor: the runtime loop and the
    /// two Runtime API exchanges alone.</summary>
    Floor,

    /// <summary>The runtime has no cache (the Python baseline, like the sample): every invocation reads DynamoDB.</summary>
    None,
}
