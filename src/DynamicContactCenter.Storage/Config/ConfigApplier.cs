using Amazon.DynamoDBv2;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Storage.Config;

/// <summary>
/// Applies a <see cref="ConfigPlan"/> under the apply lock, step by step in its order (the rows of a step
/// <see cref="Concurrency"/> at a time, see <see cref="ConfigApplyRun"/>), each write conditional on what the plan saw.
/// </summary>
/// <remarks>
/// Under the lock (<see cref="ConfigApplyLock"/>, which holds the argument for concurrent applies) it first re-reads
/// the tables and plans again: the plan is written only if every row is still as it saw it or already as the file says. It stops at a
/// row that changed since the plan (after the writes of its step already in flight): later changes may depend on it (a number on a language), and the person applying
/// should see the current rows first. Because the plan's order keeps every intermediate state valid, stopping anywhere
/// (conflict, failure, interruption) leaves valid tables, and a new plan and apply finish the job.
/// </remarks>
public sealed class ConfigApplier
{
    private readonly IConfigRowWriter _writer;
    private readonly RoutingTableNames _tables;
    private readonly DynamoRoutingReader _reader;
    private readonly ConfigApplyLock _lock;
    private readonly TimeProvider _time;
    private readonly int _concurrency = DefaultConcurrency;

    /// <summary>Creates the applier writing to the tables through <paramref name="client"/>; <paramref name="time"/> dates the lock's lease (default: the system clock).</summary>
    public ConfigApplier(IAmazonDynamoDB client, RoutingTableNames tables, TimeProvider? time = null)
        : this(client, tables, new DynamoConfigRowWriter(client, tables), time ?? TimeProvider.System)
    {
    }

    /// <summary>Creates the applier writing rows through <paramref name="writer"/> (tests wrap the real one to inject faults); lock and re-read go through <paramref name="client"/>.</summary>
    public ConfigApplier(IAmazonDynamoDB client, RoutingTableNames tables, IConfigRowWriter writer, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(client);
        _tables = tables ?? throw new ArgumentNullException(nameof(tables));
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _reader = new DynamoRoutingReader(client, tables);
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _lock = new ConfigApplyLock(client, tables, _time, Holder);
    }

    /// <summary>
    /// The default number of writes in flight at once within a step of the plan (<c>--concurrency</c>). 16 keeps a
    /// large apply at network latency to seconds (16 rows per round trip) while staying far below what one DynamoDB
    /// table takes (on-demand tables start at 4,000 writes per second; one partition takes 1,000 a second) and below
    /// the SDK's HTTP connection pool, so throttling stays the exception that <see cref="ThrottleBackoff"/> handles.
    /// </summary>
    public const int DefaultConcurrency = 16;

    /// <summary>How many writes of one step may be in flight at once (1 writes row by row); steps never overlap.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1.</exception>
    public int Concurrency
    {
        get => _concurrency;
        init => _concurrency = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one write must be allowed in flight.");
    }

    /// <summary>Who holds the lock, as other applies' DCC1410 message names it: the process and its machine.</summary>
    private static string Holder => $"dcc config apply (process {Environment.ProcessId} on {Environment.MachineName})";

    /// <summary>Writes every change of <paramref name="plan"/>, in order, reporting each to <paramref name="progress"/>.</summary>
    /// <returns>How many were written or already in place, and why it stopped, if it did (lock held, plan stale, a row changed).</returns>
    /// <exception cref="ArgumentException">The plan has changes but was not made by <see cref="ConfigPlanner"/> (no <see cref="ConfigPlan.Desired"/> to check it against).</exception>
    /// <exception cref="RoutingStoreException">A read or write failed; the message names table and key, how many changes were applied, and says to re-run.</exception>
    public async Task<ApplyResult> ApplyAsync(ConfigPlan plan, IProgress<ApplyProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var total = plan.Changes.Length;
        if (!plan.HasChanges)
        {
            // Nothing to write, so nothing to lock: an empty plan cannot break the tables.
            return new ApplyResult(0, 0, 0, null);
        }

        var desired = plan.Desired ?? throw new ArgumentException("A plan with changes must come from ConfigPlanner.Plan, which records the data it was made for.", nameof(plan));
        var (lease, heldBy) = await _lock.TryAcquireAsync(cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            return new ApplyResult(total, 0, 0, null, Refusal: ConfigMessages.Locked.Code + ": " + ConfigMessages.Locked.Message(_lock.TableName, heldBy));
        }

        try
        {
            if (FirstDifference(plan, ConfigPlanner.Plan(desired, await _reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))) is { } changed)
            {
                return new ApplyResult(total, 0, 0, null, Refusal: ConfigMessages.StalePlan.CodedMessage(changed.Table, _tables.NameOf(changed.Table), changed.Key));
            }

            using var run = new ConfigApplyRun(_writer, _tables, lease, _lock.TableName, _time, Concurrency, progress, total);
            return await run.RunAsync(plan, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await lease.ReleaseAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The first change a plan made now needs that the approved plan does not make; null when there is none. A change
    /// of the approved plan missing from the new one is fine: its row already holds what the file says (an earlier,
    /// interrupted apply wrote it), and the writer counts it as already in place. Then the rows still to write are the
    /// new plan's, in the new plan's order, which the planner made valid from the rows as they are now.
    /// </summary>
    private static RowChange? FirstDifference(ConfigPlan approved, ConfigPlan now) =>
        now.Changes.FirstOrDefault(change => !approved.Changes.Contains(change));
}
