using Amazon.DynamoDBv2;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Storage.Config;

/// <summary>Applies a <see cref="ConfigPlan"/> row by row, in its order, each write conditional on what the plan saw.</summary>
/// <remarks>
/// It stops at the first row that changed since the plan: later changes may depend on it (a number on a language), and
/// the person applying should see the current rows first. Because the plan's order keeps every intermediate state
/// valid, stopping anywhere (conflict, failure, interruption) leaves valid tables, and a new plan and apply finish the job.
/// </remarks>
public sealed class ConfigApplier
{
    private readonly IConfigRowWriter _writer;
    private readonly RoutingTableNames _tables;

    /// <summary>Creates the applier writing through <paramref name="writer"/> to <paramref name="tables"/> (named in messages).</summary>
    public ConfigApplier(IConfigRowWriter writer, RoutingTableNames tables)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _tables = tables ?? throw new ArgumentNullException(nameof(tables));
    }

    /// <summary>Creates the applier writing to the tables through <paramref name="client"/>.</summary>
    public ConfigApplier(IAmazonDynamoDB client, RoutingTableNames tables)
        : this(new DynamoConfigRowWriter(client, tables), tables)
    {
    }

    /// <summary>Writes every change of <paramref name="plan"/>, in order, reporting each to <paramref name="progress"/>.</summary>
    /// <returns>How many were written or already in place, and the change that had changed since the plan, if any.</returns>
    /// <exception cref="RoutingStoreException">A write failed; the message names table and key, how many changes were applied, and says to re-run.</exception>
    public async Task<ApplyResult> ApplyAsync(ConfigPlan plan, IProgress<ApplyProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var total = plan.Changes.Length;
        var written = 0;
        var already = 0;
        foreach (var change in plan.Changes)
        {
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
                    ConfigMessages.Format(ConfigMessages.WriteFailed, verb, change.Table, change.Key, _tables.NameOf(change.Table), written + already, total, e.Message),
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
}
