using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage;

namespace DynamicContactCenter.Functions.Tests.TestHelpers;

/// <summary>Records what SeedTables writes and deletes; can fail like a table that refuses writes, or be slow.</summary>
internal sealed class FakeSeedTarget : IRoutingWriter
{
    public List<RoutingData> Writes { get; } = [];

    public List<RoutingKeys> Deletes { get; } = [];

    public RoutingStoreException? FailWith { get; set; }

    public TimeSpan Delay { get; set; }

    public async Task<RoutingKeys> WriteAsync(RoutingData data, CancellationToken cancellationToken)
    {
        await Task.Delay(Delay, cancellationToken);
        if (FailWith is not null)
        {
            throw FailWith;
        }

        Writes.Add(data);
        return RoutingKeys.Of(data);
    }

    public Task<RoutingKeys> DeleteAsync(RoutingKeys keys, CancellationToken cancellationToken)
    {
        if (FailWith is not null)
        {
            throw FailWith;
        }

        Deletes.Add(keys);
        return Task.FromResult(keys);
    }
}
