using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using DynamicContactCenter.Cli.Packaging;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Storage.CloudFormation;
using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Cli.Commands;

/// <summary>The table names of <c>--tables-from-stack NAME</c>: the deploy stack's outputs, read with CloudFormation's DescribeStacks.</summary>
internal static class ConfigStackTables
{
    /// <summary>The variable the SDK reads for a CloudFormation-only endpoint override.</summary>
    public const string ServiceEndpointVariable = "AWS_ENDPOINT_URL_CLOUDFORMATION";

    // A person waits for this one call; ten seconds is long for DescribeStacks and short enough to report a dead network.
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    // Signing needs a region even for a local endpoint, which ignores it; used only with an endpoint override and no region.
    private const string LocalSigningRegion = "us-east-1";

    /// <summary>The stack's table names, or null after writing why to <see cref="CliContext.Error"/>.</summary>
    /// <param name="stackName">The stack name or ARN.</param>
    /// <param name="endpointUrl">--cloudformation-endpoint-url, if given.</param>
    /// <param name="region">--region or the profile's region, if any.</param>
    /// <param name="credentials">The profile's credentials, or null for the SDK's default chain.</param>
    /// <param name="context">Where errors are written, and the environment read.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public static async Task<RoutingTableNames?> ResolveAsync(
        string stackName, string? endpointUrl, string? region, AWSCredentials? credentials, CliContext context, CancellationToken cancellationToken)
    {
        var endpointText = DynamoDbClientOptions.ResolveEndpoint(endpointUrl, context.Environment(ServiceEndpointVariable), context.Environment(DynamoDbClientFactory.GlobalEndpointVariable));
        Uri? endpoint = null;
        if (endpointText is not null && !Uri.TryCreate(endpointText, UriKind.Absolute, out endpoint))
        {
            await WriteErrorAsync(context, PackagingMessages.StackEndpointInvalid, endpointText, ServiceEndpointVariable, DynamoDbClientFactory.GlobalEndpointVariable);
            return null;
        }

        region ??= FallbackRegionFactory.GetRegionEndpoint()?.SystemName ?? (endpoint is null ? null : LocalSigningRegion);
        if (region is null)
        {
            await WriteErrorAsync(context, PackagingMessages.StackRegionMissing, stackName);
            return null;
        }

        try
        {
            credentials ??= DefaultAWSCredentialsIdentityResolver.GetCredentials(null);
        }
        catch (AmazonClientException e)
        {
            // The same line as the client's own DCC1506 (a credential source that fails only when signing), plus what to set.
            await context.Error.WriteLineAsync("error: --tables-from-stack: " + CloudFormationMessages.NoCredentials.CodedMessage(stackName, region,
                e.Message + " (expected AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or --profile)"));
            return null;
        }

        using var http = new HttpClient { Timeout = RequestTimeout };
        var client = new CloudFormationStackClient(http, credentials, region, endpoint);
        var outputs = await client.DescribeOutputsAsync(stackName, cancellationToken);
        var tables = RoutingStackOutputs.ToTableNames(outputs, stackName, region);
        foreach (var error in tables.Errors)
        {
            await context.Error.WriteLineAsync($"error: --tables-from-stack: {error.CodedMessage}");
        }

        return tables.Value;
    }

    private static Task WriteErrorAsync(CliContext context, DiagnosticDescriptor descriptor, params object?[] args) =>
        context.Error.WriteLineAsync("error: " + descriptor.CodedMessage(args));
}
