using Amazon.Runtime;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Storage;
using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Cli.Commands;

/// <summary>Opens the DynamoDB routing store for <c>--store dynamodb</c>: table names from the same variables the functions read.</summary>
internal static class DynamoStoreFactory
{
    /// <summary>The store over the three tables, reached through <paramref name="endpointUrl"/> when given.</summary>
    /// <remarks>The client lives as long as the command: a CLI run is one short process, so it is not disposed early.</remarks>
    public static IRoutingStore? Open(string? endpointUrl, string? region, CliContext context) => OpenReadWrite(endpointUrl, region, context)?.Store;

    /// <summary>The store and a writer over the same tables and client (<c>dcc invoke SeedTables</c> writes them as the stack's seeder
    /// does); null after writing why not: a malformed endpoint, a partly set table trio, or nowhere to send requests.</summary>
    public static (IRoutingStore Store, IRoutingWriter Writer)? OpenReadWrite(string? endpointUrl, string? region, CliContext context)
    {
        Uri? endpoint = null;
        if (endpointUrl is not null && !Uri.TryCreate(endpointUrl, UriKind.Absolute, out endpoint))
        {
            context.Error.WriteLine($"error: --endpoint-url '{endpointUrl}' is not an absolute URL (expected e.g. http://127.0.0.1:8000).");
            return null;
        }

        // Without an endpoint or a region the SDK fails on the first request ("No RegionEndpoint or ServiceURL configured"), which
        // reached the user as an internal error: say here what to give instead.
        if (endpoint is null && region is null && FallbackRegionFactory.GetRegionEndpoint() is null
            && DynamoDbClientOptions.ResolveEndpoint(null, context.Environment(DynamoDbClientFactory.ServiceEndpointVariable), context.Environment(DynamoDbClientFactory.GlobalEndpointVariable)) is null)
        {
            context.Error.WriteLine(CliMessages.Format(CliMessages.DynamoDbNowhere));
            return null;
        }

        if (TablesFromEnvironment(context) is not { } tables)
        {
            return null;
        }

        var client = DynamoDbClientFactory.Create(new DynamoDbClientOptions { EndpointUrl = endpoint, Region = region });
        return (new DynamoRoutingStore(client, tables), new DynamoRoutingWriter(client, tables));
    }

    /// <summary>The table names from ENVIRONMENTS_TABLE, DIALED_NUMBERS_TABLE and PROMPTS_TABLE by the deployed functions' rule
    /// (<see cref="RoutingTableNames.FromVariables"/>: blank is unset, all three or none), else the logical names; null after writing
    /// the functions' own error (DCC4021) when only some are set, so a command never reads a mix of given and default tables.</summary>
    public static RoutingTableNames? TablesFromEnvironment(CliContext context)
    {
        var (names, partlySet) = RoutingTableNames.FromVariables(context.Environment);
        if (partlySet.Count > 0)
        {
            context.Error.WriteLine("error " + RoutingTableNames.PartlySetError(partlySet));
            return null;
        }

        return names ?? RoutingTableNames.Default;
    }
}
