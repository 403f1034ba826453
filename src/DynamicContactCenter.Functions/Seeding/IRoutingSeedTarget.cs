using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Functions.Seeding;

/// <summary>Where SeedTables writes: the three DynamoDB tables (the seam lets tests count writes and fail them).</summary>
public interface IRoutingSeedTarget
{
    /// <summary>Puts every row of <paramref name="data"/> (overwriting rows with the same keys).</summary>
    /// <exception cref="RoutingStoreException">A write failed.</exception>
    Task WriteAsync(RoutingData data, CancellationToken cancellationToken);

    /// <summary>Deletes the rows with these keys; keys with no row are not an error.</summary>
    /// <exception cref="RoutingStoreException">A delete failed.</exception>
    Task DeleteAsync(RoutingKeys keys, CancellationToken cancellationToken);
}
