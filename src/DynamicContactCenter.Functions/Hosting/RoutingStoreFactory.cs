using DynamicContactCenter.Functions.Configuration;
using DynamicContactCenter.Functions.Seeding;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Storage;
using DynamicContactCenter.Storage.Yaml;

namespace DynamicContactCenter.Functions.Hosting;

/// <summary>Picks the routing store from the settings: DynamoDB (cached) when the table variables are set, else a routing
/// file named by DCC_ROUTING_FILE, else the embedded routing.yaml.</summary>
internal static class RoutingStoreFactory
{
    /// <summary>The store and (with tables) the SeedTables target, or the init error message.</summary>
    public static (IRoutingStore? Store, IRoutingWriter? SeedTarget, string? Error) Create(FunctionSettings settings, TimeProvider timeProvider)
    {
        if (settings.Tables is { } tables)
        {
            return DynamoDbStores.Create(settings, tables, timeProvider);
        }

        if (settings.RoutingFile is { } file)
        {
            var loaded = RoutingYamlLoader.LoadFile(file);
            return loaded.Succeeded
                ? (InMemoryRoutingStore.Create(loaded.Value), null, null)
                : (null, null, FunctionMessages.RoutingFile.CodedMessage(file,
                    string.Join(" ", loaded.Errors.Select(e => e.ToString()))));
        }

        return (InMemoryRoutingStore.Default, null, null);
    }
}
