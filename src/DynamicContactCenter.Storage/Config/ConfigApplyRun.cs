using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Storage.Config;

/// <summary>
/// One apply's writes, under a held lock: the plan's steps strictly one after another, the rows of a step up to
/// <c>concurrency</c> at a time.
/// </summary>
/// <remarks>
/// <para>
/// Why steps: the plan's order keeps every state valid only between its steps (<see cref="ConfigPlan.Steps"/>): a
/// number may be written only once its language exists, so no write of a step starts before every write of the step
/// before it has ended. Inside a step the rows are independent, and at network latency (tens of ms per round trip)
/// one write at a time is what makes a large apply take minutes.
/// </para>
/// <para>
/// Stopping: at a conflict (DCC1401), a lost lease (DCC1412) or a failed write, no further write starts, the writes
/// already in flight (of the same step only) end, and their outcomes are counted, so the counts in the message are what
/// the tables hold. The tables are then in a state of the plan's steps, or between rows of one step: valid either way.
/// </para>
/// <para>
/// The lease (<see cref="ConfigApplyLock"/>, point 2): a write starts only within <see cref="RenewEvery"/> of a
/// successful renewal, rather than after one renewal per write, which would double the round trips. A write then lands
/// within RenewEvery plus its own bounded time (about 3.5 s) of a renewal, well inside the 60 s lease; a throttled write
/// checks again before each new try.
/// </para>
/// </remarks>
internal sealed class ConfigApplyRun : IDisposable
{
    /// <summary>How long after a renewal a write may still start without renewing again.</summary>
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(10);

    private readonly IConfigRowWriter _writer;
    private readonly RoutingTableNames _tables;
    private readonly ConfigApplyLock.Held _lease;
    private readonly string _lockTable;
    private readonly TimeProvider _time;
    private readonly int _concurrency;
    private readonly IProgress<ApplyProgress>? _progress;
    private readonly int _total;
    private readonly SemaphoreSlim _renewing = new(1, 1);
    private readonly Lock _gate = new();
    private long _renewedAt = long.MinValue;
    private int _written;
    private int _already;
    private RowChange? _conflict;
    private int _conflictIndex = int.MaxValue;
    private volatile bool _leaseLost;
    private volatile bool _stopped;

    public ConfigApplyRun(IConfigRowWriter writer, RoutingTableNames tables, ConfigApplyLock.Held lease, string lockTable, TimeProvider time, int concurrency, IProgress<ApplyProgress>? progress, int total)
    {
        _writer = writer;
        _tables = tables;
        _lease = lease;
        _lockTable = lockTable;
        _time = time;
        _concurrency = concurrency;
        _progress = progress;
        _total = total;
    }

    /// <inheritdoc />
    public void Dispose() => _renewing.Dispose();

    /// <summary>Writes the plan's steps in order and says how far it got.</summary>
    public async Task<ApplyResult> RunAsync(ConfigPlan plan, CancellationToken cancellationToken)
    {
        var index = 0;
        foreach (var step in plan.Steps())
        {
            await RunStepAsync(step, index, cancellationToken).ConfigureAwait(false);
            index += step.Length;
            if (_stopped)
            {
                break;
            }
        }

        lock (_gate)
        {
            if (_leaseLost)
            {
                return new ApplyResult(_total, _written, _already, null, Refusal: ConfigMessages.LeaseLost.CodedMessage(_lockTable, _written + _already, _total));
            }

            return new ApplyResult(_total, _written, _already, _conflict, _conflict is null ? null : _tables.NameOf(_conflict.Table));
        }
    }

    private async Task RunStepAsync(ImmutableArray<RowChange> step, int firstIndex, CancellationToken cancellationToken)
    {
        using var slots = new SemaphoreSlim(_concurrency, _concurrency);
        var running = new List<Task>(step.Length);
        Exception? cancelled = null;
        try
        {
            for (var i = 0; i < step.Length && !_stopped; i++)
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                if (_stopped)
                {
                    slots.Release();
                    break;
                }

                running.Add(WriteOneAsync(step[i], firstIndex + i, slots, cancellationToken));
            }
        }
        catch (OperationCanceledException e)
        {
            cancelled = e;
        }

        // Every started write ends before the next step starts or the run returns; a failed write's exception (the first
        // in plan order) propagates only after the others of its step have ended and been counted.
        await Task.WhenAll(running).ConfigureAwait(false);
        if (cancelled is not null)
        {
            ExceptionDispatchInfo.Throw(cancelled);
        }
    }

    private async Task WriteOneAsync(RowChange change, int index, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await WriteWithRetriesAsync(change, cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                switch (outcome)
                {
                    case null:
                        _stopped = true;
                        break;
                    case RowWriteOutcome.Conflict:
                        _stopped = true;
                        if (index < _conflictIndex)
                        {
                            (_conflict, _conflictIndex) = (change, index);
                        }

                        break;
                    default:
                        _ = outcome == RowWriteOutcome.AlreadyApplied ? _already++ : _written++;

                        // Reported under the gate, so the counts in the [i/N] lines rise one by one in order of completion.
                        _progress?.Report(new ApplyProgress(_written + _already, _total, change, outcome.Value));
                        break;
                }
            }
        }
        catch
        {
            _stopped = true;
            throw;
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>The outcome of writing one row, trying a throttled write again after a back-off; null when the lease was lost first.</summary>
    private async Task<RowWriteOutcome?> WriteWithRetriesAsync(RowChange change, CancellationToken cancellationToken)
    {
        for (var retry = 0; ; retry++)
        {
            if (!await LeaseHeldAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            try
            {
                return await _writer.WriteAsync(change, cancellationToken).ConfigureAwait(false);
            }
            catch (RoutingStoreException e) when (retry < ThrottleBackoff.MaxRetries && ThrottleBackoff.IsThrottling(e))
            {
                await Task.Delay(ThrottleBackoff.Delay(retry), _time, cancellationToken).ConfigureAwait(false);
            }
            catch (RoutingStoreException e)
            {
                var verb = change.Kind == RowChangeKind.Remove ? "deleting" : "writing";
                int applied;
                lock (_gate)
                {
                    applied = _written + _already;
                }

                throw new RoutingStoreException(
                    change.Table,
                    _tables.NameOf(change.Table),
                    change.Key,
                    ConfigMessages.WriteFailed.CodedMessage(verb, change.Table, change.Key, _tables.NameOf(change.Table), applied, _total, e.Message),
                    e.InnerException ?? e);
            }
        }
    }

    /// <summary>Whether this apply still holds its lease, renewing it when the last renewal is <see cref="RenewEvery"/> old.</summary>
    private async Task<bool> LeaseHeldAsync(CancellationToken cancellationToken)
    {
        if (Fresh())
        {
            return true;
        }

        await _renewing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_leaseLost || Fresh())
            {
                return !_leaseLost;
            }

            // The lease runs from the renewal's own clock reading, which is at or after this one.
            var started = _time.GetUtcNow().UtcTicks;
            if (!await _lease.RenewAsync(cancellationToken).ConfigureAwait(false))
            {
                _leaseLost = true;
                return false;
            }

            Interlocked.Exchange(ref _renewedAt, started);
            return true;
        }
        finally
        {
            _renewing.Release();
        }
    }

    /// <summary>Renewed, not lost, and not longer than <see cref="RenewEvery"/> ago (never renewed yet: not fresh, so the first write renews).</summary>
    private bool Fresh()
    {
        var renewedAt = Interlocked.Read(ref _renewedAt);
        return !_leaseLost && renewedAt != long.MinValue && _time.GetUtcNow().UtcTicks - renewedAt < RenewEvery.Ticks;
    }
}
