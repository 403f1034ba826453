using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Storage.Config;

/// <summary>
/// The apply lock: one row, key <see cref="RoutingTableSchema.ApplyLockKey"/> in the DialedNumbers table, that an apply
/// holds while it writes, with a lease that ends on its own when the apply is killed (like Terraform's DynamoDB lock,
/// plus a lease, since a killed apply must not block the next one for ever).
/// </summary>
/// <remarks>
/// <para>
/// Why a lock: "every number's language exists" spans two rows in two tables, and each write is conditional on its own
/// row only. DynamoDB's TransactWriteItems could check both, but the test server (dynalite) has no transactions, so the
/// protocol is built from single-item conditional writes, which are linearizable per item.
/// </para>
/// <para>
/// Why the row is where it is: DialedNumbers keys are E.164 numbers or <c>default</c>, so the key
/// <c>dcc:apply-lock</c> can never be a routing row (the validator rejects it), Connect never sends it as a dialed
/// number, and the readers and the handlers' store skip it. Its only attribute besides the key is the Map
/// <c>dcc:lock</c> (id, holder, since, expires), never a top-level string, which the mapper would take as routing data.
/// </para>
/// <para>
/// The argument. (1) Taking the lock is a PutItem conditional on "no lock row, or its lease has ended"; the lease is
/// ended only when <c>expires</c> is before the taker's clock. So at any instant at most one apply holds a lease that
/// has not ended. (2) The holder renews its lease (UpdateItem conditional on the row still carrying its own id) before
/// a row write whenever the last renewal is 10 s old (ConfigApplyRun.RenewEvery), and stops if the renewal fails: another apply took the lock after the lease ran out. A renewal at time t
/// means nobody else can take the lock before t + <see cref="Lease"/>; every write starts before t + 10 s and is
/// bounded by the client's attempt timeout and retries (about 3.5 s by default), far under the 60 s lease. So no two
/// applies' row writes interleave, assuming the write lands within the lease and clocks differ by less than the lease's
/// margin (the usual lease assumptions; a process frozen for a minute between renewal and write breaks them).
/// (3) After taking the lock, the apply re-reads every row with consistent scans, which see every write of earlier
/// holders (they finished, by (2)), plans again and writes only if that plan equals the approved one: so the plan's
/// order, which keeps every intermediate state valid (see <see cref="ConfigPlanner"/>), runs from the state it was made
/// for and alone. (4) A killed apply stops between two single-row writes, in a valid state; its lease ends and the next
/// apply re-reads that state. Writers that do not take this lock (the console, the seeding custom resource) are not
/// covered; the per-row conditions still catch their edits to rows a plan touches (DCC1401).
/// </para>
/// </remarks>
internal sealed class ConfigApplyLock
{
    /// <summary>How long a lease lasts after it is taken or renewed; a killed apply blocks others at most this long.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);

    private const string LockAttribute = RoutingTableSchema.BookkeepingPrefix + "lock";

    /// <summary>No lock row, or one whose lease ended before now (a row without a lease, e.g. hand-made, holds nothing).</summary>
    private const string TakeCondition = "attribute_not_exists(#key) OR attribute_not_exists(#lock) OR #lock.#expires < :now";

    /// <summary>The lock row still carries this apply's id.</summary>
    private const string OwnCondition = "#lock.#id = :id";

    private readonly IAmazonDynamoDB _client;
    private readonly string _tableName;
    private readonly TimeProvider _time;
    private readonly string _holder;

    /// <summary>Creates the lock over the DialedNumbers table of <paramref name="tables"/>; <paramref name="holder"/> says who holds it, for others' messages.</summary>
    public ConfigApplyLock(IAmazonDynamoDB client, RoutingTableNames tables, TimeProvider time, string holder)
    {
        _client = client;
        _tableName = tables.NameOf(RoutingTable.DialedNumbers);
        _time = time;
        _holder = holder;
    }

    /// <summary>The physical table the lock row is in, for messages.</summary>
    public string TableName => _tableName;

    /// <summary>Takes the lock, or says who holds it.</summary>
    /// <returns>The held lease, or null and the holder's description when another apply holds an unexpired lease.</returns>
    /// <exception cref="RoutingStoreException">The table could not be reached.</exception>
    public async Task<(Held? Lease, string? HeldBy)> TryAcquireAsync(CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        var now = _time.GetUtcNow();
        try
        {
            await _client.PutItemAsync(new PutItemRequest
            {
                TableName = _tableName,
                Item = new Dictionary<string, AttributeValue>(RoutingItemMapper.KeyOf(RoutingTable.DialedNumbers, RoutingTableSchema.ApplyLockKey), StringComparer.Ordinal)
                {
                    [LockAttribute] = new AttributeValue
                    {
                        M = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
                        {
                            ["id"] = new AttributeValue(id),
                            ["holder"] = new AttributeValue(_holder),
                            ["since"] = Number(now),
                            ["expires"] = Number(now + Lease),
                        },
                    },
                },
                ConditionExpression = TakeCondition,
                ExpressionAttributeNames = Names(TakeCondition),
                ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { [":now"] = Number(now) },
            }, cancellationToken).ConfigureAwait(false);
            return (new Held(this, id), null);
        }
        catch (ConditionalCheckFailedException)
        {
            // An SDK retry of our own put whose first answer was lost fails its condition on our own row: then we hold it.
            var (holderId, heldBy) = await ReadHolderAsync(cancellationToken).ConfigureAwait(false);
            return string.Equals(holderId, id, StringComparison.Ordinal) ? (new Held(this, id), null) : (null, heldBy);
        }
        catch (Exception e) when (SdkFailure.IsStoreFailure(e, cancellationToken))
        {
            throw Failure(e);
        }
    }

    private async Task<bool> RenewAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await _client.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = _tableName,
                Key = RoutingItemMapper.KeyOf(RoutingTable.DialedNumbers, RoutingTableSchema.ApplyLockKey),
                UpdateExpression = "SET #lock.#expires = :expires",
                ConditionExpression = OwnCondition,
                ExpressionAttributeNames = Names("SET #lock.#expires = :expires " + OwnCondition),
                ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
                {
                    [":expires"] = Number(_time.GetUtcNow() + Lease),
                    [":id"] = new AttributeValue(id),
                },
            }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
        catch (Exception e) when (SdkFailure.IsStoreFailure(e, cancellationToken))
        {
            throw Failure(e);
        }
    }

    private async Task ReleaseAsync(string id)
    {
        // Best effort and never under the caller's token: a cancelled apply still lets go. If this fails, the lease ends anyway.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _client.DeleteItemAsync(new DeleteItemRequest
            {
                TableName = _tableName,
                Key = RoutingItemMapper.KeyOf(RoutingTable.DialedNumbers, RoutingTableSchema.ApplyLockKey),
                ConditionExpression = OwnCondition,
                ExpressionAttributeNames = Names(OwnCondition),
                ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { [":id"] = new AttributeValue(id) },
            }, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConditionalCheckFailedException || SdkFailure.IsStoreFailure(e, CancellationToken.None))
        {
            // Another apply took the lock after our lease ended, or the table is unreachable: nothing of ours to remove.
        }
    }

    /// <summary>The lock row's id and a description of its holder for DCC1410.</summary>
    private async Task<(string? Id, string Description)> ReadHolderAsync(CancellationToken cancellationToken)
    {
        GetItemResponse response;
        try
        {
            response = await _client.GetItemAsync(new GetItemRequest
            {
                TableName = _tableName,
                Key = RoutingItemMapper.KeyOf(RoutingTable.DialedNumbers, RoutingTableSchema.ApplyLockKey),
                ConsistentRead = true,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (SdkFailure.IsStoreFailure(e, cancellationToken))
        {
            throw Failure(e);
        }

        if (response.Item?.GetValueOrDefault(LockAttribute)?.M is not { } lease)
        {
            // Released between our failed put and this read: say so rather than guess; a new run will take it.
            return (null, "an apply that has just finished");
        }

        return (lease.GetValueOrDefault("id")?.S, ConfigMessages.Format(
            ConfigMessages.LockHolder,
            lease.GetValueOrDefault("holder")?.S ?? "an unnamed apply",
            Time(lease.GetValueOrDefault("since")),
            Time(lease.GetValueOrDefault("expires"))));
    }

    private RoutingStoreException Failure(Exception e) =>
        new(RoutingTable.DialedNumbers, _tableName, RoutingTableSchema.ApplyLockKey, ConfigMessages.LockFailed.CodedMessage(_tableName, SdkFailure.Describe(e)), e);

    /// <summary>The placeholders <paramref name="expression"/> uses (DynamoDB rejects unused ones).</summary>
    private static Dictionary<string, string> Names(string expression) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["#key"] = RoutingTableSchema.DialedNumberKey,
        ["#lock"] = LockAttribute,
        ["#expires"] = "expires",
        ["#id"] = "id",
    }.Where(n => expression.Contains(n.Key, StringComparison.Ordinal)).ToDictionary(StringComparer.Ordinal);

    private static AttributeValue Number(DateTimeOffset time) => new() { N = time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) };

    private static string Time(AttributeValue? value) =>
        long.TryParse(value?.N, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)
            : "an unknown time";

    /// <summary>A lease this apply holds: renew it before each write, release it when done.</summary>
    public sealed class Held
    {
        private readonly ConfigApplyLock _lock;
        private readonly string _id;

        internal Held(ConfigApplyLock owner, string id)
        {
            _lock = owner;
            _id = id;
        }

        /// <summary>Extends the lease; false when another apply has taken the lock since ours ran out (then stop writing).</summary>
        public Task<bool> RenewAsync(CancellationToken cancellationToken) => _lock.RenewAsync(_id, cancellationToken);

        /// <summary>Removes the lock row if it is still ours.</summary>
        public Task ReleaseAsync() => _lock.ReleaseAsync(_id);
    }
}
