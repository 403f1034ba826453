using DynamicContactCenter.Routing.Model;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace DynamicContactCenter.Storage.DynamoDb;

/// <summary>Key and attribute names of the three tables (DESIGN §3, kept from the original sample), and how to create them.</summary>
public static class RoutingTableSchema
{
    /// <summary>The Environments table's partition key.</summary>
    public const string EnvironmentKey = RoutingItems.EnvironmentKey;

    /// <summary>DynamoDB's limit on a partition key value, in UTF-8 bytes: a longer key can be neither read nor written, so
    /// callers reject it as bad input before any request (the service would answer ValidationException).</summary>
    public const int MaxKeyBytes = 2048;

    /// <summary>The DialedNumbers table's partition key.</summary>
    public const string DialedNumberKey = RoutingItems.DialedNumberKey;

    /// <summary>The Prompts table's partition key (also the DialedNumbers attribute naming a Prompts row).</summary>
    public const string LanguageKey = RoutingItems.LanguageKey;

    /// <summary>DialedNumbers: the line's name.</summary>
    public const string Name = RoutingItems.Name;

    /// <summary>DialedNumbers: the queue ARN.</summary>
    public const string Queue = RoutingItems.Queue;

    /// <summary>DialedNumbers: the language (a Prompts key).</summary>
    public const string Language = RoutingItems.Language;

    /// <summary>Prompts: the Polly voice.</summary>
    public const string Voice = RoutingItems.Voice;

    /// <summary>Prompts: the language code.</summary>
    public const string LanguageCode = RoutingItems.LanguageCode;

    /// <summary>
    /// Keys and attribute names starting with this are dcc's bookkeeping, never routing data: routing keys are names,
    /// E.164 numbers or <c>default</c>, so no routing row can have such a key. Readers skip rows with such a key, and a
    /// bookkeeping attribute on a row is never a string (strings are routing data: see <see cref="RoutingItemMapper"/>).
    /// </summary>
    public const string BookkeepingPrefix = "dcc:";

    /// <summary>The key of the apply lock's row, in the DialedNumbers table (see <c>Config.ConfigApplyLock</c>).</summary>
    public const string ApplyLockKey = BookkeepingPrefix + "apply-lock";

    /// <summary>Whether <paramref name="key"/> names a bookkeeping row rather than routing data.</summary>
    public static bool IsBookkeepingKey(string key) => key.StartsWith(BookkeepingPrefix, StringComparison.Ordinal);

    /// <summary>The partition key attribute of <paramref name="table"/>.</summary>
    public static string KeyOf(RoutingTable table) => table switch
    {
        RoutingTable.Environments => EnvironmentKey,
        RoutingTable.DialedNumbers => DialedNumberKey,
        RoutingTable.Prompts => LanguageKey,
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Not a routing table."),
    };

    /// <summary>
    /// Requests that create the three tables as the deploy template does (string partition key, on-demand billing),
    /// for local servers and tests; in AWS the stack creates them.
    /// </summary>
    public static IReadOnlyList<CreateTableRequest> CreateTableRequests(RoutingTableNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return [.. Enum.GetValues<RoutingTable>().Select(table => new CreateTableRequest
        {
            TableName = names.NameOf(table),
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = [new AttributeDefinition(KeyOf(table), ScalarAttributeType.S)],
            KeySchema = [new KeySchemaElement(KeyOf(table), KeyType.HASH)],
        })];
    }
}
