using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Storage.DynamoDb;

/// <summary>Reads whole routing tables (Scan, all pages), for <c>dcc config export</c>, <c>plan</c> and <c>apply</c>.</summary>
/// <remarks>
/// Scans are strongly consistent: <c>apply</c> re-reads the rows under its lock to check its plan, and must see every
/// write of the apply that held the lock before it (an eventually consistent scan may not). Bookkeeping rows
/// (<see cref="RoutingTableSchema.IsBookkeepingKey"/>, e.g. the apply lock) are not routing data and are skipped.
/// </remarks>
public sealed class DynamoRoutingReader
{
    private readonly IAmazonDynamoDB _client;
    private readonly RoutingTableNames _tables;
    private readonly RoutingItemMapper _mapper;

    /// <summary>Creates the reader over <paramref name="client"/> and the given tables.</summary>
    public DynamoRoutingReader(IAmazonDynamoDB client, RoutingTableNames tables)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _tables = tables ?? throw new ArgumentNullException(nameof(tables));
        _mapper = new RoutingItemMapper(tables);
    }

    /// <summary>Every row of the three tables.</summary>
    /// <exception cref="RoutingStoreException">A scan failed or a row lacks a required attribute; the message names the table.</exception>
    public async Task<RoutingRows> ReadAllAsync(CancellationToken cancellationToken)
    {
        var environments = await ScanAsync(RoutingTable.Environments, _mapper.ToEnvironment, e => e.Environment, cancellationToken).ConfigureAwait(false);
        var numbers = await ScanAsync(RoutingTable.DialedNumbers, _mapper.ToDialedNumber, n => n.Number, cancellationToken).ConfigureAwait(false);
        var languages = await ScanAsync(RoutingTable.Prompts, _mapper.ToPromptSet, l => l.Language, cancellationToken).ConfigureAwait(false);
        return new RoutingRows([.. environments], [.. numbers], [.. languages]);
    }

    private async Task<IEnumerable<T>> ScanAsync<T>(RoutingTable table, Func<Dictionary<string, AttributeValue>, T> map, Func<T, string> key, CancellationToken cancellationToken)
    {
        var tableName = _tables.NameOf(table);
        var rows = new List<T>();
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            ScanResponse page;
            try
            {
                page = await _client.ScanAsync(new ScanRequest(tableName) { ExclusiveStartKey = start, ConsistentRead = true }, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (SdkFailure.IsStoreFailure(e, cancellationToken))
            {
                throw new RoutingStoreException(table, tableName, null, StorageMessages.ScanFailed.CodedMessage(tableName, table, SdkFailure.Describe(e)), e);
            }

            var keyName = RoutingTableSchema.KeyOf(table);
            rows.AddRange((page.Items ?? [])
                .Where(item => !(item.TryGetValue(keyName, out var key) && key.S is { } text && RoutingTableSchema.IsBookkeepingKey(text)))
                .Select(map));
            start = page.LastEvaluatedKey is { Count: > 0 } last ? last : null;
        }
        while (start is not null);

        return rows.OrderBy(key, StringComparer.Ordinal);
    }
}
