using Amazon;
using Amazon.DynamoDBv2;
using Amazon.Runtime;

namespace DynamicContactCenter.Storage.DynamoDb;

/// <summary>Builds the DynamoDB client the stores, writer and reader share.</summary>
public static class DynamoDbClientFactory
{
    /// <summary>Environment variable the SDK reads for a DynamoDB-only endpoint override.</summary>
    public const string ServiceEndpointVariable = "AWS_ENDPOINT_URL_DYNAMODB";

    /// <summary>Environment variable the SDK reads for an endpoint override of every service.</summary>
    public const string GlobalEndpointVariable = "AWS_ENDPOINT_URL";

    // Signing needs a region even for a local server, which ignores it; this one is used only when nothing else names one.
    private const string LocalSigningRegion = "us-east-1";

    /// <summary>A client configured from <paramref name="options"/>; the caller disposes it.</summary>
    public static AmazonDynamoDBClient Create(DynamoDbClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var config = new AmazonDynamoDBConfig
        {
            Timeout = options.AttemptTimeout,
            MaxErrorRetry = options.MaxRetries,
            RetryMode = RequestRetryMode.Standard,
        };

        if (options.EndpointUrl is { } endpoint)
        {
            // ServiceURL replaces the regional endpoint (and any AWS_ENDPOINT_URL* value the SDK picked up in the
            // config's constructor), so --endpoint-url wins.
            config.ServiceURL = endpoint.ToString();
            config.AuthenticationRegion = options.Region ?? FallbackRegionFactory.GetRegionEndpoint()?.SystemName ?? LocalSigningRegion;
        }
        else if (options.Region is { } region)
        {
            // The config reports an AWS_ENDPOINT_URL* override through ServiceURL without storing it, and setting
            // RegionEndpoint would replace it; so an override is stored explicitly and the region only signs.
            if (config.ServiceURL is { } fromEnvironment)
            {
                config.ServiceURL = fromEnvironment;
                config.AuthenticationRegion = region;
            }
            else
            {
                config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
            }
        }

        return options.Credentials is { } credentials ? new AmazonDynamoDBClient(credentials, config) : new AmazonDynamoDBClient(config);
    }
}
