using System.Collections.Immutable;
using Amazon.DynamoDBv2.Model;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Storage.Config;

/// <summary>Routing rows as the flat string attributes their DynamoDB items hold (key excluded), the unit a plan diffs and a write checks.</summary>
internal static class RowAttributes
{
    public static ImmutableSortedDictionary<string, string> Of(EnvironmentEntry row) => FromItem(RoutingTable.Environments, RoutingItemMapper.ToItem(row));

    public static ImmutableSortedDictionary<string, string> Of(DialedNumber row) => FromItem(RoutingTable.DialedNumbers, RoutingItemMapper.ToItem(row));

    public static ImmutableSortedDictionary<string, string> Of(PromptSet row) => FromItem(RoutingTable.Prompts, RoutingItemMapper.ToItem(row));

    /// <summary>The string attributes of <paramref name="item"/> but its key; other attribute types are not routing data.</summary>
    public static ImmutableSortedDictionary<string, string> FromItem(RoutingTable table, Dictionary<string, AttributeValue> item)
    {
        var key = RoutingTableSchema.KeyOf(table);
        return item.Where(a => a.Value.S is not null && !string.Equals(a.Key, key, StringComparison.Ordinal))
            .ToImmutableSortedDictionary(a => a.Key, a => a.Value.S, StringComparer.Ordinal);
    }

    /// <summary>The full item to put: key plus attributes.</summary>
    public static Dictionary<string, AttributeValue> ToItem(RoutingTable table, string key, ImmutableSortedDictionary<string, string> attributes)
    {
        var item = RoutingItemMapper.KeyOf(table, key);
        foreach (var (name, value) in attributes)
        {
            item[name] = new AttributeValue(value);
        }

        return item;
    }
}
