using DynamicContactCenter.Routing;

namespace DynamicContactCenter.Storage.Config;

/// <summary>
/// Writes one planned row change only while the row still holds what the plan saw: the seam between
/// <see cref="ConfigApplier"/> and the tables (tests wrap it to stop an apply after any number of writes).
/// </summary>
public interface IConfigRowWriter
{
    /// <summary>Puts or deletes the row of <paramref name="change"/> if it still matches <see cref="RowChange.Before"/>.</summary>
    /// <returns>Whether it was written, was already as wanted, or had changed since the plan (then nothing is written).</returns>
    /// <exception cref="RoutingStoreException">The table could not be written (network, permissions, missing table).</exception>
    Task<RowWriteOutcome> WriteAsync(RowChange change, CancellationToken cancellationToken);
}
