using Amazon.DynamoDBv2;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Storage.Config;

/// <summary>
/// Applies a <see cref="ConfigPlan"/> under the apply lock, row by row in its order, each write conditional on what the
/// plan saw.
/// </summary>
/// <remarks>
/// Under the lock (<see cref="ConfigApplyLock"/>, which holds the argument for concurrent applies) it first re-reads
/// the tables and plans again: the plan is written only if every row is still as it saw it or already as the file says. It stops at the first
/// row that changed since the plan: later changes may depend on it (a number on a language), and the person applying
/// should see the current rows first. Because the plan's order keeps every intermediate state valid, stopping anywhere
/// (conflict, failure, interruption) leaves valid tables, and a new plan and apply finish the job.
/// </remarks>
public sealed class ConfigApplier
{
    private readonly IConfigRowWriter _writer;
    private readonly RoutingTableNames _tables;
    private readonly DynamoRoutingReader _reader;
    private readonly ConfigApplyLock _lock;

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
        _lock = new ConfigApplyLock(client, tables, time ?? throw new ArgumentNullException(nameof(time)), Holder);
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

            return await WriteAsync(plan, lease, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await lease.ReleaseAsync().ConfigureAwait(false);
        }
    }

    private async Task<ApplyResult> WriteAsync(ConfigPlan plan, ConfigApplyLock.Held lease, IProgress<ApplyProgress>? progress, CancellationToken cancellationToken)
    {
        var total = plan.Changes.Length;
        var written = 0;
        var already = 0;
        foreach (var change in plan.Changes)
        {
            // Renewed right before each write: the write that follows lands within the lease (ConfigApplyLock, point 2).
            if (!await lease.RenewAsync(cancellationToken).ConfigureAwait(false))
            {
                return new ApplyResult(total, written, already, null, Refusal: ConfigMessages.LeaseLost.CodedMessage(_lock.TableName, written + already, total));
            }

            RowWriteOutcome outcome;
            try
            {
                outcome = await _writer.WriteAsync(change, cancellationToken).ConfigureAwait(false);
            }
            catch (RoutingStoreException e)
            {
                var verb = change.Kind == RowChangeKind.Remove ? "deleting" : "writing";
                throw new RoutingStoreException(
                    change.Table,
                    _tables.NameOf(change.Table),
                    change.Key,
                    ConfigMessages.WriteFailed.CodedMessage(verb, change.Table, change.Key, _tables.NameOf(change.Table), written + already, total, e.Message),
                    e.InnerException ?? e);
            }

            switch (outcome)
            {
                case RowWriteOutcome.Conflict:
                    return new ApplyResult(total, written, already, change, _tables.NameOf(change.Table));
                case RowWriteOutcome.AlreadyApplied:
                    already++;
                    break;
                default:
                    written++;
                    break;
            }

            progress?.Report(new ApplyProgress(written + already, total, change, outcome));
        }

        return new ApplyResult(total, written, already, null);
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
