using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Testing;

/// <summary>Creates the three routing tables on a test server (dynalite) and waits until they are ACTIVE.</summary>
/// <remarks>
/// CreateTable is not idempotent: when its answer comes late (a loaded machine) and the client retries, the retry
/// finds the table the first attempt created. So a table that exists with the expected key counts as created, and one
/// with another key is an error naming both; the fixture's admin client also does not retry (see <see cref="DynaliteFixture"/>).
/// </remarks>
public static class DynaliteTables
{
    /// <summary>How long a table may stay CREATING: a hang guard only (dynalite runs with --createTableMs 0).</summary>
    public static readonly TimeSpan ActiveTimeout = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    /// <summary>Creates the tables named by <paramref name="names"/> with <paramref name="admin"/>, or accepts them when they exist with the expected key.</summary>
    /// <exception cref="InvalidOperationException">A table exists with another key, or stays CREATING past <see cref="ActiveTimeout"/>.</exception>
    public static async Task CreateAsync(IAmazonDynamoDB admin, RoutingTableNames names)
    {
        ArgumentNullException.ThrowIfNull(admin);
        foreach (var request in RoutingTableSchema.CreateTableRequests(names))
        {
            try
            {
                await admin.CreateTableAsync(request).ConfigureAwait(false);
            }
            catch (ResourceInUseException)
            {
                var existing = await admin.DescribeTableAsync(request.TableName).ConfigureAwait(false);
                var expected = KeyText(request.KeySchema, request.AttributeDefinitions);
                var found = KeyText(existing.Table.KeySchema, existing.Table.AttributeDefinitions);
                if (found != expected)
                {
                    throw new InvalidOperationException($"Table {request.TableName} already exists with key {found}, not the expected {expected}.");
                }
            }

            await WaitUntilActiveAsync(admin, request.TableName).ConfigureAwait(false);
        }
    }

    private static async Task WaitUntilActiveAsync(IAmazonDynamoDB admin, string table)
    {
        using var guard = new CancellationTokenSource(ActiveTimeout);
        while ((await admin.DescribeTableAsync(table).ConfigureAwait(false)).Table.TableStatus != TableStatus.ACTIVE)
        {
            try
            {
                await Task.Delay(PollInterval, guard.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                throw new InvalidOperationException($"Table {table} was still not ACTIVE after {ActiveTimeout}.");
            }
        }
    }

    private static string KeyText(IEnumerable<KeySchemaElement> keys, IEnumerable<AttributeDefinition> attributes) =>
        "[" + string.Join(", ", keys.Select(key =>
            $"{key.AttributeName} {key.KeyType} {attributes.FirstOrDefault(a => a.AttributeName == key.AttributeName)?.AttributeType}")) + "]";
}
