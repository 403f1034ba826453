using DynamicContactCenter.Storage.Config;

namespace DynamicContactCenter.Storage.Tests.Config;

/// <summary>Fault injection: passes the first <c>allowed</c> writes to the real writer, then fails as a crashed process would.
/// Safe under concurrent writes: exactly <c>allowed</c> writes get through, however many are in flight.</summary>
internal sealed class StopAfterWritesRowWriter(IConfigRowWriter inner, int allowed) : IConfigRowWriter
{
    private readonly Lock _gate = new();
    private int _writes;

    public int Writes
    {
        get
        {
            lock (_gate)
            {
                return _writes;
            }
        }
    }

    public async Task<RowWriteOutcome> WriteAsync(RowChange change, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_writes == allowed)
            {
                throw new InjectedFaultException($"stopped after {allowed} writes, before {change.Table} {change.Key}");
            }

            _writes++;
        }

        return await inner.WriteAsync(change, cancellationToken);
    }
}

/// <summary>The failure <see cref="StopAfterWritesRowWriter"/> injects; nothing else throws it.</summary>
internal sealed class InjectedFaultException(string message) : Exception(message);

/// <summary>Runs <c>edit</c> (another writer, e.g. the console) once, right before the write after the first <c>writesBefore</c> writes.</summary>
internal sealed class BeforeWriteRowWriter(IConfigRowWriter inner, int writesBefore, Func<Task> edit) : IConfigRowWriter
{
    private int _writes;

    public async Task<RowWriteOutcome> WriteAsync(RowChange change, CancellationToken cancellationToken)
    {
        if (_writes++ == writesBefore)
        {
            await edit();
        }

        return await inner.WriteAsync(change, cancellationToken);
    }
}
