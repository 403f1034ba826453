using DynamicContactCenter.Functions.Configuration;
using DynamicContactCenter.Functions.Seeding;
using DynamicContactCenter.Routing;

namespace DynamicContactCenter.Functions.Hosting;

/// <summary>The DynamoDB-backed store (through the cache) and seed target, built from the table settings.</summary>
internal static class DynamoDbStores
{
    public static (IRoutingStore? Store, IRoutingSeedTarget? SeedTarget, string? Error) Create(FunctionSettings settings, TableNames tables, TimeProvider timeProvider) =>
        (null, null, "DynamoDB store not wired yet: " + tables + settings.CacheTtl + timeProvider);
}
