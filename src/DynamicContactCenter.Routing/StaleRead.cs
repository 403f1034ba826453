using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Routing;

/// <summary>A cached row served because the store failed: what the functions log when they keep answering through an outage.</summary>
/// <param name="Table">The table whose read failed.</param>
/// <param name="Key">The row key that was read.</param>
/// <param name="Age">How old the cached value served is.</param>
/// <param name="Error">The store failure that was absorbed.</param>
public sealed record StaleRead(RoutingTable Table, string Key, TimeSpan Age, RoutingStoreException Error);
