using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Routing.Validation;
using DynamicContactCenter.Storage.Config;

namespace DynamicContactCenter.Storage.DynamoDb;

/// <summary>
/// Writes and deletes routing rows in the three DynamoDB tables, one PutItem/DeleteItem per row in dependency order; a
/// seeding resource's rows carry its <see cref="SeedOwnerMark"/> and only rows it still owns unchanged are deleted.
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

    /// <summary>Puts every row of <paramref name="data"/> without an owner mark (local tables, test set-up).</summary>
    /// <returns>The keys written.</returns>
    /// <exception cref="ArgumentException">The data has validation errors; nothing was written.</exception>
    /// <exception cref="RoutingStoreException">A write failed; the message names table, key and how many rows were written before it.</exception>
    public Task<RoutingKeys> WriteAsync(RoutingData data, CancellationToken cancellationToken) => PutAsync(data, owner: null, cancellationToken);

    /// <inheritdoc />
    public Task<RoutingKeys> WriteAsync(RoutingData data, string owner, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        return PutAsync(data, owner, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<RoutingKeys> DeleteOwnedAsync(string owner, RoutingKeys keep, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentNullException.ThrowIfNull(keep);
        foreach (var table in Enum.GetValues<RoutingTable>())
        {
            await ReleasePreviousAsync(table, owner, cancellationToken).ConfigureAwait(false);
        }

        var numbers = await DeleteOwnedRowsAsync(RoutingTable.DialedNumbers, owner, keep.DialedNumbers, [], cancellationToken).ConfigureAwait(false);

        // A language a remaining number (someone else's, or kept) still uses stays: no number may point at a missing language.
        var inUse = await LanguagesInUseAsync(cancellationToken).ConfigureAwait(false);
        var languages = await DeleteOwnedRowsAsync(RoutingTable.Prompts, owner, keep.Languages, inUse, cancellationToken).ConfigureAwait(false);
        var environments = await DeleteOwnedRowsAsync(RoutingTable.Environments, owner, keep.Environments, [], cancellationToken).ConfigureAwait(false);
        return new RoutingKeys(environments, numbers, languages);
    }

    private async Task<RoutingKeys> PutAsync(RoutingData data, string? owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var errors = RoutingValidator.Validate(data).Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException(StorageMessages.InvalidData.CodedMessage(Environment.NewLine + string.Join(Environment.NewLine, errors)), nameof(data));
        }

        var rows = data.Environments.Select(r => (RoutingTable.Environments, r.Environment, RoutingItemMapper.ToItem(r)))
            .Concat(data.Languages.Select(r => (RoutingTable.Prompts, r.Language, RoutingItemMapper.ToItem(r))))
            .Concat(data.DialedNumbers.Select(r => (RoutingTable.DialedNumbers, r.Number, RoutingItemMapper.ToItem(r))))
            .ToList();
        var written = new HashSet<(RoutingTable, string)>();
        for (var done = 0; done < rows.Count; done++)
        {
            var (table, key, item) = rows[done];
            var tableName = _tables.NameOf(table);
            try
            {
                if (owner is not null)
                {
                    // The row as it is now: another resource's row is kept in the mark, to be handed back (SeedOwnerMark).
                    var existing = await _client.GetItemAsync(new GetItemRequest(tableName, RoutingItemMapper.KeyOf(table, key)) { ConsistentRead = true }, cancellationToken).ConfigureAwait(false);
                    if (existing.IsItemSet && SeedOwnerMark.IsTakenOver(existing.Item, table))
                    {
                        // The team's row (changed with dcc config apply, or edited in place): theirs until they remove it, so
                        // neither a stack Update nor a Create over retained tables reverts it.
                        continue;
                    }

                    item[SeedOwnerMark.Attribute] = SeedOwnerMark.For(owner, RowAttributes.FromItem(table, item), existing.IsItemSet ? existing.Item : null);
                }

                await _client.PutItemAsync(new PutItemRequest(tableName, item), cancellationToken).ConfigureAwait(false);
                written.Add((table, key));
            }
            catch (Exception e) when (SdkFailure.IsStoreFailure(e, cancellationToken))
            {
                throw new RoutingStoreException(table, tableName, key, StorageMessages.WriteFailed.CodedMessage(table, key, tableName, SdkFailure.Describe(e), done, rows.Count), e);
            }
        }

        // Only the rows actually put: the seeder reports the rest as kept (a team's rows, skipped above).
        var all = RoutingKeys.Of(data);
        return new RoutingKeys(
            [.. all.Environments.Where(k => written.Contains((RoutingTable.Environments, k)))],
            [.. all.DialedNumbers.Where(k => written.Contains((RoutingTable.DialedNumbers, k)))],
            [.. all.Languages.Where(k => written.Contains((RoutingTable.Prompts, k)))]);
    }

    /// <summary>Removes <paramref name="owner"/>'s claim from rows another resource replaced: being deleted, it no longer wants them
    /// back, so that resource's own Delete later removes them (see <see cref="SeedOwnerMark"/>, hand-back rule).</summary>
    private async Task ReleasePreviousAsync(RoutingTable table, string owner, CancellationToken cancellationToken)
    {
        var tableName = _tables.NameOf(table);
        var names = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["#seed"] = SeedOwnerMark.Attribute,
            ["#previous"] = SeedOwnerMark.PreviousField,
            ["#owner"] = SeedOwnerMark.OwnerField,
        };
        var claimed = await ScanAsync(table, new ScanRequest(tableName)
        {
            ConsistentRead = true,
            FilterExpression = "#seed.#previous.#owner = :owner",
            ExpressionAttributeNames = names,
            ExpressionAttributeValues = new(StringComparer.Ordinal) { [":owner"] = new AttributeValue(owner) },
        }, cancellationToken).ConfigureAwait(false);
        var keyName = RoutingTableSchema.KeyOf(table);
        foreach (var item in claimed)
        {
            var key = item[keyName].S;
            try
            {
                await _client.UpdateItemAsync(new UpdateItemRequest
                {
                    TableName = tableName,
                    Key = RoutingItemMapper.KeyOf(table, key),
                    UpdateExpression = "REMOVE #seed.#previous",
                    ConditionExpression = "#seed.#previous.#owner = :owner",
                    ExpressionAttributeNames = names,
                    ExpressionAttributeValues = new(StringComparer.Ordinal) { [":owner"] = new AttributeValue(owner) },
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (ConditionalCheckFailedException)
            {
                // Rewritten since the scan: the claim went with the old mark.
            }
            catch (Exception e) when (SdkFailure.IsStoreFailure(e, cancellationToken))
            {
                throw new RoutingStoreException(table, tableName, key, StorageMessages.DeleteFailed.CodedMessage(table, key, tableName, SdkFailure.Describe(e), 0, claimed.Count), e);
            }
        }
    }

    /// <summary>Deletes the rows of <paramref name="table"/> that <paramref name="owner"/> wrote and that still hold what it wrote; a row
    /// that replaced another resource's row gets that row back instead (hand-back rule of <see cref="SeedOwnerMark"/>).</summary>
    /// <param name="table">The table.</param>
    /// <param name="owner">The resource whose rows go.</param>
    /// <param name="keep">Rows the owner still writes: left as they are.</param>
    /// <param name="inUse">Rows that must not disappear (a language a number uses): handed back when they replaced a row, else left.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    private async Task<ImmutableArray<string>> DeleteOwnedRowsAsync(RoutingTable table, string owner, IEnumerable<string> keep, IEnumerable<string> inUse,
        CancellationToken cancellationToken)
    {
        var kept = keep.ToHashSet(StringComparer.Ordinal);
        var used = inUse.ToHashSet(StringComparer.Ordinal);
        var keyName = RoutingTableSchema.KeyOf(table);
        var owned = await ScanAsync(table, new ScanRequest(_tables.NameOf(table))
        {
            ConsistentRead = true,
            FilterExpression = "#seed.#owner = :owner",
            ExpressionAttributeNames = new(StringComparer.Ordinal) { ["#seed"] = SeedOwnerMark.Attribute, ["#owner"] = SeedOwnerMark.OwnerField },
            ExpressionAttributeValues = new(StringComparer.Ordinal) { [":owner"] = new AttributeValue(owner) },
        }, cancellationToken).ConfigureAwait(false);
        var doomed = owned
            .Where(item => item.TryGetValue(keyName, out var key) && key.S is { Length: > 0 } && !kept.Contains(key.S))
            .Where(item => SeedOwnerMark.IsUnchangedSince(item, table, owner))
            .Where(item => !used.Contains(item[keyName].S) || SeedOwnerMark.PreviousRow(item) is not null)
            .ToList();

        var deleted = ImmutableArray.CreateBuilder<string>();
        var tableName = _tables.NameOf(table);
        foreach (var item in doomed)
        {
            var key = item[keyName].S;
            try
            {
                var (condition, names, values) = UnchangedCondition(table, item);
                if (SeedOwnerMark.PreviousRow(item) is { } previous)
                {
                    await _client.PutItemAsync(new PutItemRequest
                    {
                        TableName = tableName,
                        Item = previous,
                        ConditionExpression = condition,
                        ExpressionAttributeNames = names,
                        ExpressionAttributeValues = values,
                    }, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                await _client.DeleteItemAsync(new DeleteItemRequest
                {
                    TableName = tableName,
                    Key = RoutingItemMapper.KeyOf(table, key),
                    ConditionExpression = condition,
                    ExpressionAttributeNames = names,
                    ExpressionAttributeValues = values,
                }, cancellationToken).ConfigureAwait(false);
                deleted.Add(key);
            }
            catch (ConditionalCheckFailedException)
            {
                // Changed between the scan and the delete: someone else's row now, so it stays.
            }
            catch (Exception e) when (SdkFailure.IsStoreFailure(e, cancellationToken))
            {
                throw new RoutingStoreException(table, tableName, key, StorageMessages.DeleteFailed.CodedMessage(table, key, tableName, SdkFailure.Describe(e), deleted.Count, doomed.Count), e);
            }
        }

        return deleted.ToImmutable();
    }

    /// <summary>The condition that <paramref name="item"/>'s mark and every routing attribute are as scanned, for its delete or hand-back.</summary>
    private static (string Expression, Dictionary<string, string> Names, Dictionary<string, AttributeValue> Values) UnchangedCondition(
        RoutingTable table, Dictionary<string, AttributeValue> item)
    {
        var mark = SeedOwnerMark.Read(item)!.Value;
        var names = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["#seed"] = SeedOwnerMark.Attribute,
            ["#owner"] = SeedOwnerMark.OwnerField,
            ["#digest"] = SeedOwnerMark.DigestField,
        };
        var values = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            [":owner"] = new AttributeValue(mark.Owner),
            [":digest"] = new AttributeValue(mark.Digest),
        };
        var expression = new StringBuilder("#seed.#owner = :owner AND #seed.#digest = :digest");
        var index = 0;
        foreach (var (name, value) in RowAttributes.FromItem(table, item))
        {
            // Placeholders for every name: attribute names are data (any prompt name) and may be reserved words.
            var n = "#a" + index.ToString(CultureInfo.InvariantCulture);
            var v = ":v" + index.ToString(CultureInfo.InvariantCulture);
            names[n] = name;
            values[v] = new AttributeValue(value);
            expression.Append(" AND ").Append(n).Append(" = ").Append(v);
            index++;
        }

        return (expression.ToString(), names, values);
    }

    private async Task<ImmutableArray<string>> LanguagesInUseAsync(CancellationToken cancellationToken)
    {
        var numbers = await ScanAsync(RoutingTable.DialedNumbers, new ScanRequest(_tables.NameOf(RoutingTable.DialedNumbers))
        {
            ConsistentRead = true,
            ProjectionExpression = "#language",
            ExpressionAttributeNames = new(StringComparer.Ordinal) { ["#language"] = RoutingTableSchema.Language },
        }, cancellationToken).ConfigureAwait(false);
        return [.. numbers.Select(n => n.TryGetValue(RoutingTableSchema.Language, out var language) ? language.S : null).OfType<string>().Distinct(StringComparer.Ordinal)];
    }

    private async Task<List<Dictionary<string, AttributeValue>>> ScanAsync(RoutingTable table, ScanRequest request, CancellationToken cancellationToken)
    {
        var items = new List<Dictionary<string, AttributeValue>>();
        do
        {
            ScanResponse page;
            try
            {
                page = await _client.ScanAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (SdkFailure.IsStoreFailure(e, cancellationToken))
            {
                throw new RoutingStoreException(table, request.TableName, null, StorageMessages.ScanFailed.CodedMessage(request.TableName, table, SdkFailure.Describe(e)), e);
            }

            items.AddRange(page.Items ?? []);
            request.ExclusiveStartKey = page.LastEvaluatedKey is { Count: > 0 } last ? last : null;
        }
        while (request.ExclusiveStartKey is not null);

        return items;
    }

    /// <summary>
    /// Deletes the rows with these keys whoever wrote them: numbers first, then languages, then environments. Not for a seeding
    /// resource (see <see cref="DeleteOwnedAsync"/>): it would delete rows a team changed since.
    /// </summary>
    /// <returns>The keys deleted (all of <paramref name="keys"/>).</returns>
    /// <exception cref="RoutingStoreException">A delete failed; the message names table, key and how many rows were deleted before it.</exception>
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
                throw new RoutingStoreException(table, tableName, key, StorageMessages.DeleteFailed.CodedMessage(table, key, tableName, SdkFailure.Describe(e), done, rows.Count), e);
            }
        }

        return keys;
    }
}
