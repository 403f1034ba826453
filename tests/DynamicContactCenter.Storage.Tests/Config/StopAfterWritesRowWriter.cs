using DynamicContactCenter.Storage.Config;

namespace DynamicContactCenter.Storage.Tests.Config;

/// <summary>Fault injection: passes the first <c>allowed</c> writes to the real writer, then fails as a crashed process would.</summary>
internal sealed class StopAfterWritesRowWriter(IConfigRowWriter inner, int allowed) : IConfigRowWriter
{
    public int Writes { get; private set; }

    public async Task<RowWriteOutcome> WriteAsync(RowChange change, CancellationToken cancellationToken)
    {
        if (Writes == allowed)
        {
            throw new InjectedFaultException($"stopped after {allowed} writes, before {change.Table} {change.Key}");
        }

        Writes++;
        return await inner.WriteAsync(change, cancellationToken);
    }
}

/// <summary>The failure <see cref="StopAfterWritesRowWriter"/> injects; nothing else throws it.</summary>
internal sealed class InjectedFaultException(string message) : Exception(message);
