using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Storage.DynamoDb;

/// <summary>
/// Reads routing rows from the three DynamoDB tables with GetItem (eventually consistent: routing data changes rarely
/// and a stale read for a second is harmless). SDK failures become <see cref="RoutingStoreException"/> naming table and key.
/// </summary>
/// <remarks>Wrap it in <see cref="Caching.CachingRoutingStore"/> in the functions: each call here is a network round trip.</remarks>
public sealed class DynamoRoutingStore : IRoutingStore
{
    private readonly IAmazonDynamoDB _client;
    private readonly RoutingTableNames _tables;
    private readonly RoutingItemMapper _mapper;

    /// <summary>Creates the store over <paramref name="client"/> (see <see cref="DynamoDbClientFactory"/>) and the given tables.</summary>
    public DynamoRoutingStore(IAmazonDynamoDB client, RoutingTableNames tables)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _tables = tables ?? throw new ArgumentNullException(nameof(tables));
        _mapper = new RoutingItemMapper(tables);
    }

    /// <inheritdoc />
    public async ValueTask<EnvironmentEntry?> GetEnvironmentAsync(string environment, CancellationToken cancellationToken) =>
        await GetAsync(RoutingTable.Environments, environment, _mapper.ToEnvironment, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask<DialedNumber?> GetDialedNumberAsync(string number, CancellationToken cancellationToken) =>
        await GetAsync(RoutingTable.DialedNumbers, number, _mapper.ToDialedNumber, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask<PromptSet?> GetPromptSetAsync(string language, CancellationToken cancellationToken) =>
        await GetAsync(RoutingTable.Prompts, language, _mapper.ToPromptSet, cancellationToken).ConfigureAwait(false);

    private async Task<T?> GetAsync<T>(RoutingTable table, string key, Func<Dictionary<string, AttributeValue>, T> map, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);

        // DynamoDB rejects an empty key value; no row can have one, so the answer is "no row" without a round trip.
        // A bookkeeping key (the apply lock's row) is not routing data: a caller never sees that row.
        if (key.Length == 0 || RoutingTableSchema.IsBookkeepingKey(key))
        {
            return null;
        }

        var tableName = _tables.NameOf(table);
        GetItemResponse response;
        try
        {
            response = await _client.GetItemAsync(new GetItemRequest(tableName, RoutingItemMapper.KeyOf(table, key)), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (SdkFailure.IsStoreFailure(e, cancellationToken))
        {
            throw new RoutingStoreException(table, tableName, key, StorageMessages.ReadFailed.CodedMessage(table, key, tableName, SdkFailure.Describe(e)), e);
        }

        // The SDK v4 returns a null Item (not an empty one) when there is no row.
        return response.Item is { Count: > 0 } item ? map(item) : null;
    }
}
