using Amazon.Runtime;

namespace DynamicContactCenter.Functions.PhoneNumbers;

/// <summary>How AssociatePhoneNumbers reaches Connect; every property has a working default.</summary>
public sealed record ConnectClientOptions
{
    /// <summary>An endpoint other than the instance region's (AWS_ENDPOINT_URL_CONNECT; tests); null for https://connect.REGION.amazonaws.com/.</summary>
    public Uri? Endpoint { get; init; }

    /// <summary>Sends the requests; null for a private client.</summary>
    public HttpClient? HttpClient { get; init; }

    /// <summary>Signs the requests; null for the SDK's standard chain (in Lambda: the function role's keys from the environment).</summary>
    /// <remarks>A function, so that credentials are resolved only when a request is signed: the other functions of the bootstrap
    /// never need them.</remarks>
    public Func<AWSCredentials>? Credentials { get; init; }

    /// <summary>Attempts per call when Connect throttles (429) or fails (5xx): fifty numbers in a row meet its rate limit.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>The wait before the second attempt; doubled for each later one.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);
}
