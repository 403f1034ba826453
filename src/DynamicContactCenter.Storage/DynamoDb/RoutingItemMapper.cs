using System.Collections.Immutable;
using Amazon.DynamoDBv2.Model;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;
using static DynamicContactCenter.Storage.DynamoDb.RoutingTableSchema;

namespace DynamicContactCenter.Storage.DynamoDb;

/// <summary>Routing rows ↔ DynamoDB items: every attribute a top-level string, as the original sample's tables hold them.</summary>
internal sealed class RoutingItemMapper(RoutingTableNames tables)
{
    public static Dictionary<string, AttributeValue> KeyOf(RoutingTable table, string key) =>
        new(StringComparer.Ordinal) { [RoutingTableSchema.KeyOf(table)] = new AttributeValue(key) };

    // The stored shape of each row is owned by RoutingItems, which validation also measures against DynamoDB's limits.
    public static Dictionary<string, AttributeValue> ToItem(EnvironmentEntry row) => ToItem(RoutingItems.Of(row));

    public static Dictionary<string, AttributeValue> ToItem(DialedNumber row) => ToItem(RoutingItems.Of(row));

    public static Dictionary<string, AttributeValue> ToItem(PromptSet row) => ToItem(RoutingItems.Of(row));

    private static Dictionary<string, AttributeValue> ToItem(IEnumerable<KeyValuePair<string, string>> attributes)
    {
        // Indexer, not Add: as before, a later attribute of the same name wins instead of throwing.
        var item = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        foreach (var (name, value) in attributes)
        {
            item[name] = new AttributeValue(value);
        }

        return item;
    }

    /// <summary>Every string attribute but the key is a function ARN (rows may name more functions than the two required).</summary>
    public EnvironmentEntry ToEnvironment(Dictionary<string, AttributeValue> item)
    {
        var key = Required(item, RoutingTable.Environments, "?", EnvironmentKey, "the environment name");
        return new EnvironmentEntry(key, Strings(item, EnvironmentKey));
    }

    public DialedNumber ToDialedNumber(Dictionary<string, AttributeValue> item)
    {
        var key = Required(item, RoutingTable.DialedNumbers, "?", DialedNumberKey, "the dialed number");
        return new DialedNumber(
            key,
            Required(item, RoutingTable.DialedNumbers, key, Name, "the line's name"),
            Required(item, RoutingTable.DialedNumbers, key, Queue, "a queue ARN"),
            Required(item, RoutingTable.DialedNumbers, key, Language, "a language name"));
    }

    /// <summary>Every string attribute but key, voice and code is a prompt, so a prompt added to the flows needs no code change here.</summary>
    public PromptSet ToPromptSet(Dictionary<string, AttributeValue> item)
    {
        var key = Required(item, RoutingTable.Prompts, "?", LanguageKey, "the language name");
        return new PromptSet(
            key,
            Required(item, RoutingTable.Prompts, key, Voice, "a Polly voice"),
            Required(item, RoutingTable.Prompts, key, LanguageCode, "a language code"),
            Strings(item, LanguageKey, Voice, LanguageCode));
    }

    private static ImmutableSortedDictionary<string, string> Strings(Dictionary<string, AttributeValue> item, params string[] except) =>
        item.Where(a => a.Value.S is not null && !except.Contains(a.Key, StringComparer.Ordinal))
            .ToImmutableSortedDictionary(a => a.Key, a => a.Value.S, StringComparer.Ordinal);

    private string Required(Dictionary<string, AttributeValue> item, RoutingTable table, string key, string attribute, string expected)
    {
        if (item.TryGetValue(attribute, out var value) && value.S is { } text)
        {
            return text;
        }

        var tableName = tables.NameOf(table);
        throw new RoutingStoreException(table, tableName, key, StorageMessages.MalformedItem.CodedMessage(table, key, tableName, attribute, expected), null);
    }
}
