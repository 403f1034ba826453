using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Storage;

/// <summary>
/// Writes routing rows where the functions read them (the DynamoDB tables): the seam for the SeedTables custom
/// resource. Writes go in an order that keeps every intermediate state valid.
/// </summary>
public interface IRoutingWriter
{
    /// <summary>
    /// Puts every row of <paramref name="data"/>, overwriting rows with the same keys, each marked as written by
    /// <paramref name="owner"/> (a seeding resource's physical id): environments, then languages, then the numbers that
    /// use them, so no number ever points at a language that is not there yet.
    /// </summary>
    /// <returns>The keys written; a row a team changed since it was seeded is kept as it is and not among them.</returns>
    /// <exception cref="ArgumentException">The data has validation errors; nothing was written.</exception>
    /// <exception cref="RoutingStoreException">A write failed; the message names table, key and how many rows were written before it.</exception>
    Task<RoutingKeys> WriteAsync(RoutingData data, string owner, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the rows <paramref name="owner"/> wrote that still hold exactly what it wrote, except the keys in
    /// <paramref name="keep"/>: numbers first, then languages no remaining number uses, then environments. A row another
    /// writer put since (another resource, <c>dcc config apply</c>) or edited is not this owner's any more and stays.
    /// </summary>
    /// <returns>The keys deleted.</returns>
    /// <exception cref="RoutingStoreException">A scan or delete failed; the message names table and key.</exception>
    Task<RoutingKeys> DeleteOwnedAsync(string owner, RoutingKeys keep, CancellationToken cancellationToken);
}
