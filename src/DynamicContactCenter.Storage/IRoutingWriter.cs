using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Storage;

/// <summary>
/// Writes routing rows where the functions read them (the DynamoDB tables): the seam for the SeedTables custom
/// resource and <c>dcc config apply</c>. Writes go in an order that keeps every intermediate state valid.
/// </summary>
public interface IRoutingWriter
{
    /// <summary>
    /// Puts every row of <paramref name="data"/>, overwriting rows with the same keys: environments, then languages, then
    /// the numbers that use them, so no number ever points at a language that is not there yet.
    /// </summary>
    /// <returns>The keys written, for a later <see cref="DeleteAsync"/> (e.g. a custom resource's Delete).</returns>
    /// <exception cref="ArgumentException">The data has validation errors; nothing was written.</exception>
    /// <exception cref="RoutingStoreException">A write failed; the message names table, key and how many rows were written before it.</exception>
    Task<RoutingKeys> WriteAsync(RoutingData data, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the rows with these keys: numbers first, then languages, then environments, so no number is left pointing
    /// at a deleted language. A key with no row is not an error.
    /// </summary>
    /// <returns>The keys deleted (all of <paramref name="keys"/>).</returns>
    /// <exception cref="RoutingStoreException">A delete failed; the message names table, key and how many rows were deleted before it.</exception>
    Task<RoutingKeys> DeleteAsync(RoutingKeys keys, CancellationToken cancellationToken);
}
