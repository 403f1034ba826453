using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Routing.Validation;

namespace DynamicContactCenter.Storage.DynamoDb;

/// <summary>
/// Writes and deletes routing rows in the three DynamoDB tables, one PutItem/DeleteItem per row in dependency order.
/// </summary>
/// <remarks>
/// One request per row, in order, rather than BatchWriteItem: a batch gives no order inside it, and a tenant has tens
/// of rows, so the order guarantee (languages before the numbers that use them) is worth more than the round trips.
/// </remarks>
public sealed class DynamoRoutingWriter : IRoutingWriter
{
    private readonly IAmazonDynamoDB _client;
    private readonly RoutingTableNames _tables;

    /// <summary>Creates the writer over <paramref name="client"/> and the given tables.</summary>
    public DynamoRoutingWriter(IAmazonDynamoDB client, RoutingTableNames tables)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _tables = tables ?? throw new ArgumentNullException(nameof(tables));
    }

    /// <inheritdoc />
    public async Task<RoutingKeys> WriteAsync(RoutingData data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var errors = RoutingValidator.Validate(data).Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException(StorageMessages.Format(StorageMessages.InvalidData, Environment.NewLine + string.Join(Environment.NewLine, errors)), nameof(data));
        }

        var rows = data.Environments.Select(r => (RoutingTable.Environments, r.Environment, RoutingItemMapper.ToItem(r)))
            .Concat(data.Languages.Select(r => (RoutingTable.Prompts, r.Language, RoutingItemMapper.ToItem(r))))
            .Concat(data.DialedNumbers.Select(r => (RoutingTable.DialedNumbers, r.Number, RoutingItemMapper.ToItem(r))))
            .ToList();
        for (var done = 0; done < rows.Count; done++)
        {
            var (table, key, item) = rows[done];
            var tableName = _tables.NameOf(table);
            try
            {
                await _client.PutItemAsync(new PutItemRequest(tableName, item), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (SdkFailure.IsStoreFailure(e, cancellationToken))
            {
                throw new RoutingStoreException(table, tableName, key, StorageMessages.Format(StorageMessages.WriteFailed, table, key, tableName, SdkFailure.Describe(e), done, rows.Count), e);
            }
        }

        return RoutingKeys.Of(data);
    }

    /// <inheritdoc />
    public async Task<RoutingKeys> DeleteAsync(RoutingKeys keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var rows = keys.DialedNumbers.Select(k => (RoutingTable.DialedNumbers, k))
            .Concat(keys.Languages.Select(k => (RoutingTable.Prompts, k)))
            .Concat(keys.Environments.Select(k => (RoutingTable.Environments, k)))
            .Where(row => row.k.Length > 0)
            .ToList();
        for (var done = 0; done < rows.Count; done++)
        {
            var (table, key) = rows[done];
            var tableName = _tables.NameOf(table);
            try
            {
                await _client.DeleteItemAsync(new DeleteItemRequest(tableName, RoutingItemMapper.KeyOf(table, key)), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (SdkFailure.IsStoreFailure(e, cancellationToken))
            {
                throw new RoutingStoreException(table, tableName, key, StorageMessages.Format(StorageMessages.DeleteFailed, table, key, tableName, SdkFailure.Describe(e), done, rows.Count), e);
            }
        }

        return keys;
    }
}
