using Amazon.Runtime;

namespace DynamicContactCenter.Storage.DynamoDb;

/// <summary>How to reach DynamoDB: region, an endpoint override for local servers, credentials, and the time budget per call.</summary>
/// <remarks>
/// The defaults fit a Connect invocation: Connect waits at most 8 s for a Lambda function, so a read may take
/// 1 attempt + <see cref="MaxRetries"/> retries of at most <see cref="AttemptTimeout"/> each, plus the SDK's jittered
/// back-off between them (standard retry mode, well under a second for two retries): about 3.5 s in the worst case,
/// which leaves the function time to serve a stale cached value and answer.
/// </remarks>
public sealed record DynamoDbClientOptions
{
    /// <summary>The default per-attempt timeout.</summary>
    public static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(1);

    /// <summary>The default number of retries after the first attempt.</summary>
    public const int DefaultMaxRetries = 2;

    /// <summary>The AWS region (e.g. <c>us-east-1</c>); null to let the SDK's region chain decide (AWS_REGION, profile, ...).</summary>
    public string? Region { get; init; }

    /// <summary>
    /// An endpoint that overrides AWS's (dynalite, DynamoDB Local), e.g. from <c>--endpoint-url</c>; null to let the SDK
    /// decide, which itself honours <c>AWS_ENDPOINT_URL_DYNAMODB</c>, then <c>AWS_ENDPOINT_URL</c> (checked: AWSSDK.Core 4.1).
    /// </summary>
    public Uri? EndpointUrl { get; init; }

    /// <summary>Credentials to use; null for the SDK's standard credential chain (environment, profile, container, instance role).</summary>
    public AWSCredentials? Credentials { get; init; }

    /// <summary>How long one HTTP attempt may take before the SDK gives it up (and retries, if retries remain).</summary>
    public TimeSpan AttemptTimeout { get; init; } = DefaultAttemptTimeout;

    /// <summary>How many times a failed or timed-out attempt is retried.</summary>
    public int MaxRetries { get; init; } = DefaultMaxRetries;

    /// <summary>
    /// Options whose attempts and retries fit in <paramref name="budget"/> (e.g. what remains of an invocation's deadline
    /// minus time to answer): the attempt timeout is the budget shared over all attempts with a quarter held back for
    /// back-off, capped at <see cref="DefaultAttemptTimeout"/> and never under 100 ms.
    /// </summary>
    public DynamoDbClientOptions FitWithin(TimeSpan budget)
    {
        var attempts = MaxRetries + 1;
        var share = budget * 0.75 / attempts;
        var timeout = TimeSpan.FromTicks(Math.Clamp(share.Ticks, TimeSpan.FromMilliseconds(100).Ticks, DefaultAttemptTimeout.Ticks));
        return this with { AttemptTimeout = timeout };
    }

    /// <summary>
    /// The endpoint override by the usual precedence: an explicit value (<c>--endpoint-url</c>) over
    /// <c>AWS_ENDPOINT_URL_DYNAMODB</c> over <c>AWS_ENDPOINT_URL</c>; null when none is set. For showing the user
    /// where a command goes; the SDK applies the two variables itself when <see cref="EndpointUrl"/> is null.
    /// </summary>
    public static string? ResolveEndpoint(string? explicitUrl, string? serviceVariable, string? globalVariable) =>
        new[] { explicitUrl, serviceVariable, globalVariable }.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
}
