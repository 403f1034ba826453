using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using DynamicContactCenter.Routing;

namespace DynamicContactCenter.Storage.Config;

/// <summary>
/// When and how long <c>dcc config apply</c> waits before trying a throttled write again: exponential back-off with full
/// jitter (AWS Architecture Blog, "Exponential Backoff And Jitter").
/// </summary>
/// <remarks>
/// The SDK already retries a throttled request itself (standard retry mode, <see cref="DynamoDb.DynamoDbClientOptions.MaxRetries"/>
/// retries with its own jittered back-off, about a second in all): sized for a Lambda invocation's 8 s, and left as it is
/// because apply shares its client with the plan's reads. What reaches the applier is throttling that outlasted those
/// retries, i.e. a table whose capacity is still adapting (on-demand tables double their throughput over minutes), so
/// apply waits longer instead of failing: up to <see cref="MaxRetries"/> more tries, 0.2 s doubling to at most 5 s before
/// each (about 11 s at most in all). A conditional-check failure is never retried: it is a conflict (DCC1401).
/// </remarks>
internal static class ThrottleBackoff
{
    /// <summary>How many more times a throttled write is tried after the SDK's own retries gave up.</summary>
    public const int MaxRetries = 6;

    private static readonly TimeSpan First = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(5);

    /// <summary>The DynamoDB error codes that mean "too fast, try again later" (API reference, Common Errors).</summary>
    private static readonly HashSet<string> ThrottlingCodes = new(StringComparer.Ordinal)
    {
        "ProvisionedThroughputExceededException",
        "ThrottlingException",
        "RequestLimitExceeded",
    };

    /// <summary>Whether a failed write was throttled (and so may succeed if tried again later).</summary>
    public static bool IsThrottling(RoutingStoreException failure) => failure.InnerException switch
    {
        ProvisionedThroughputExceededException or RequestLimitExceededException => true,
        AmazonServiceException { ErrorCode: { } code } => ThrottlingCodes.Contains(code),
        _ => false,
    };

    /// <summary>How long to wait before retry number <paramref name="retry"/> (0 for the first): a random time up to 0.2 s × 2^retry, capped at 5 s.</summary>
    public static TimeSpan Delay(int retry)
    {
        var ceiling = Math.Min(Cap.TotalMilliseconds, First.TotalMilliseconds * Math.Pow(2, retry));
#pragma warning disable CA5394 // Jitter spreads retries of concurrent writers apart; it needs no unpredictability.
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
#pragma warning restore CA5394
    }
}
