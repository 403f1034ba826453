using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Storage.DynamoDb;

/// <summary>Reads whole routing tables (parallel Scan in segments, all pages), for <c>dcc config export</c>, <c>plan</c> and <c>apply</c>.</summary>
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

    /// <summary>
    /// The default number of segments each table is scanned in at once (parallel scan, <c>Segment</c>/<c>TotalSegments</c>).
    /// A scan returns at most 1 MB per page, one page per round trip, so a table of 100,000 rows (about 20 MB) scanned
    /// alone costs some 20 round trips in a row; in 8 segments it costs about 3, each segment's pages following one
    /// another. More segments than that mostly add requests for small tables (each segment costs at least one).
    /// </summary>
    public const int DefaultSegments = 8;

    private int _segments = DefaultSegments;

    /// <summary>How many segments each table is scanned in at once (1: one scan after another page by page).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1 or more than DynamoDB's 1,000,000.</exception>
    public int Segments
    {
        get => _segments;
        init => _segments = value is >= 1 and <= 1_000_000 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "DynamoDB takes 1 to 1,000,000 segments.");
    }

    /// <summary>At most this many items per page (tests force several pages per segment with small tables); null: DynamoDB's 1 MB pages.</summary>
    internal int? PageLimit { get; init; }

    /// <summary>Every row of the three tables, the tables and their segments read at once.</summary>
    /// <exception cref="RoutingStoreException">A scan failed or a row lacks a required attribute; the message names the table.</exception>
    public async Task<RoutingRows> ReadAllAsync(CancellationToken cancellationToken)
    {
        var environments = ScanAsync(RoutingTable.Environments, _mapper.ToEnvironment, e => e.Environment, cancellationToken);
        var numbers = ScanAsync(RoutingTable.DialedNumbers, _mapper.ToDialedNumber, n => n.Number, cancellationToken);
        var languages = ScanAsync(RoutingTable.Prompts, _mapper.ToPromptSet, l => l.Language, cancellationToken);
        try
        {
            await Task.WhenAll(environments, numbers, languages).ConfigureAwait(false);
        }
        catch (RoutingStoreException)
        {
            // Reported below in table order (Environments, DialedNumbers, Prompts), whichever failed first in time.
        }

        return new RoutingRows([.. await environments.ConfigureAwait(false)], [.. await numbers.ConfigureAwait(false)], [.. await languages.ConfigureAwait(false)]);
    }

    private async Task<IEnumerable<T>> ScanAsync<T>(RoutingTable table, Func<Dictionary<string, AttributeValue>, T> map, Func<T, string> key, CancellationToken cancellationToken)
    {
        var scans = Enumerable.Range(0, _segments).Select(segment => ScanSegmentAsync(table, segment, map, cancellationToken)).ToList();
        try
        {
            await Task.WhenAll(scans).ConfigureAwait(false);
        }
        catch (RoutingStoreException)
        {
            // Every segment has ended; the first segment's failure is reported, as one scan would report it.
        }

        var segments = new List<List<T>>(scans.Count);
        foreach (var scan in scans)
        {
            segments.Add(await scan.ConfigureAwait(false));
        }

        // Segments split the keys by hash, so the order is restored here: the same rows in the same order as one scan.
        return segments.SelectMany(rows => rows).OrderBy(key, StringComparer.Ordinal);
    }

    private async Task<List<T>> ScanSegmentAsync<T>(RoutingTable table, int segment, Func<Dictionary<string, AttributeValue>, T> map, CancellationToken cancellationToken)
    {
        var tableName = _tables.NameOf(table);
        var rows = new List<T>();
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            ScanResponse page;
            try
            {
                var request = new ScanRequest(tableName) { ExclusiveStartKey = start, ConsistentRead = true, Limit = PageLimit };
                if (_segments > 1)
                {
                    (request.Segment, request.TotalSegments) = (segment, _segments);
                }

                page = await _client.ScanAsync(request, cancellationToken).ConfigureAwait(false);
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

        return rows;
    }
}
