using DynamicContactCenter.Functions.Configuration;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Storage;
using DynamicContactCenter.Storage.Caching;
using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Functions.Hosting;

/// <summary>The DynamoDB store (behind the cache, stale rows noted in the invocation's log line, each read bounded by the
/// invocation's deadline) and SeedTables' writer.</summary>
internal static class DynamoDbStores
{
    public static (IRoutingStore? Store, IRoutingWriter? SeedTarget, string? Error) Create(FunctionSettings settings, RoutingTableNames tables, TimeProvider timeProvider)
    {
        // One client for the process's life: Lambda reuses the process across invocations, and so does the connection pool.
        var client = DynamoDbClientFactory.Create(new DynamoDbClientOptions { Region = settings.Region, EndpointUrl = settings.DynamoDbEndpoint });
        var store = new CachingRoutingStore(
            new DynamoRoutingStore(client, tables),
            timeProvider,
            new CachingOptions { TimeToLive = settings.CacheTtl },
            StaleReadNotes.Record,
            CurrentInvocation.ReadDeadline);
        return (store, new DynamoRoutingWriter(client, tables), null);
    }
}
