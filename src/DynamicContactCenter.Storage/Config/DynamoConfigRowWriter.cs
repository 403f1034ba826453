using System.Globalization;
using System.Text;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Storage.Config;

/// <summary>
/// Conditional PutItem/DeleteItem for planned row changes: an add only where no row has the key, a change or remove
/// only while every attribute the plan saw still has the value it saw.
/// </summary>
/// <remarks>
/// When a condition fails the row is read again (consistent read): if it already holds what the file says, the write
/// is reported as already applied rather than as a conflict. That makes a re-run after an interruption converge, and
/// keeps an SDK retry of a write whose first response was lost from looking like a concurrent edit. A concurrent edit
/// that only adds an attribute the plan did not see is not detected (a condition cannot say "no other attributes"),
/// and a put replaces the whole item, so non-string attributes, which are not routing data, do not survive a change.
/// </remarks>
public sealed class DynamoConfigRowWriter : IConfigRowWriter
{
    private readonly IAmazonDynamoDB _client;
    private readonly RoutingTableNames _tables;

    /// <summary>Creates the writer over <paramref name="client"/> and the given tables.</summary>
    public DynamoConfigRowWriter(IAmazonDynamoDB client, RoutingTableNames tables)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _tables = tables ?? throw new ArgumentNullException(nameof(tables));
    }

    /// <inheritdoc />
    public async Task<RowWriteOutcome> WriteAsync(RowChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var tableName = _tables.NameOf(change.Table);
        var condition = Condition(change);
        try
        {
            if (change.Kind == RowChangeKind.Remove)
            {
                await _client.DeleteItemAsync(new DeleteItemRequest
                {
                    TableName = tableName,
                    Key = RoutingItemMapper.KeyOf(change.Table, change.Key),
                    ConditionExpression = condition.Expression,
                    ExpressionAttributeNames = condition.Names,
                    ExpressionAttributeValues = condition.Values.Count > 0 ? condition.Values : null,
                }, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _client.PutItemAsync(new PutItemRequest
                {
                    TableName = tableName,
                    Item = RowAttributes.ToItem(change.Table, change.Key, change.After ?? throw new ArgumentException("An add or change needs the attributes to write.", nameof(change))),
                    ConditionExpression = condition.Expression,
                    ExpressionAttributeNames = condition.Names,
                    ExpressionAttributeValues = condition.Values.Count > 0 ? condition.Values : null,
                }, cancellationToken).ConfigureAwait(false);
            }

            return RowWriteOutcome.Written;
        }
        catch (ConditionalCheckFailedException)
        {
            return await AlreadyAppliedAsync(change, tableName, cancellationToken).ConfigureAwait(false)
                ? RowWriteOutcome.AlreadyApplied
                : RowWriteOutcome.Conflict;
        }
        catch (Exception e) when (SdkFailure.IsStoreFailure(e, cancellationToken))
        {
            throw new RoutingStoreException(change.Table, tableName, change.Key, SdkFailure.Describe(e), e);
        }
    }

    private async Task<bool> AlreadyAppliedAsync(RowChange change, string tableName, CancellationToken cancellationToken)
    {
        GetItemResponse response;
        try
        {
            response = await _client.GetItemAsync(new GetItemRequest
            {
                TableName = tableName,
                Key = RoutingItemMapper.KeyOf(change.Table, change.Key),
                ConsistentRead = true,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (SdkFailure.IsStoreFailure(e, cancellationToken))
        {
            throw new RoutingStoreException(change.Table, tableName, change.Key, SdkFailure.Describe(e), e);
        }

        var exists = response.Item is { Count: > 0 };
        return change.After is null
            ? !exists
            : exists && RowAttributes.FromItem(change.Table, response.Item!).SequenceEqual(change.After);
    }

    /// <summary>The condition that the row is as the plan saw it: absent for an add, else present with every seen value.</summary>
    private static (string Expression, Dictionary<string, string> Names, Dictionary<string, AttributeValue> Values) Condition(RowChange change)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { ["#key"] = RoutingTableSchema.KeyOf(change.Table) };
        var values = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        if (change.Before is not { } before)
        {
            return ("attribute_not_exists(#key)", names, values);
        }

        // Placeholders for every name and value: attribute names are data (any prompt name) and may be reserved words.
        var expression = new StringBuilder("attribute_exists(#key)");
        var index = 0;
        foreach (var (name, value) in before)
        {
            var n = "#a" + index.ToString(CultureInfo.InvariantCulture);
            var v = ":v" + index.ToString(CultureInfo.InvariantCulture);
            names[n] = name;
            values[v] = new AttributeValue(value);
            expression.Append(" AND ").Append(n).Append(" = ").Append(v);
            index++;
        }

        return (expression.ToString(), names, values);
    }
}
