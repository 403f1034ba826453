using DynamicContactCenter.Routing;
using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Cli.Commands;

/// <summary>Opens the DynamoDB routing store for <c>--store dynamodb</c>: table names from the same variables the functions read.</summary>
internal static class DynamoStoreFactory
{
    /// <summary>The store over the three tables, reached through <paramref name="endpointUrl"/> when given.</summary>
    /// <remarks>The client lives as long as the command: a CLI run is one short process, so it is not disposed early.</remarks>
    public static IRoutingStore? Open(string? endpointUrl, string? region, CliContext context)
    {
        Uri? endpoint = null;
        if (endpointUrl is not null && !Uri.TryCreate(endpointUrl, UriKind.Absolute, out endpoint))
        {
            context.Error.WriteLine($"error: --endpoint-url '{endpointUrl}' is not an absolute URL (expected e.g. http://127.0.0.1:8000).");
            return null;
        }

        var tables = new RoutingTableNames(
            context.Environment(RoutingTableNames.EnvironmentsVariable) ?? RoutingTableNames.Default.Environments,
            context.Environment(RoutingTableNames.DialedNumbersVariable) ?? RoutingTableNames.Default.DialedNumbers,
            context.Environment(RoutingTableNames.PromptsVariable) ?? RoutingTableNames.Default.Prompts);
        var client = DynamoDbClientFactory.Create(new DynamoDbClientOptions { EndpointUrl = endpoint, Region = region });
        return new DynamoRoutingStore(client, tables);
    }
}
