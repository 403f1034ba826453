using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage;

namespace DynamicContactCenter.Functions.Tests.TestHelpers;

/// <summary>Records what SeedTables writes (and as which owner) and which owned rows it asks to delete; can fail like a
/// table that refuses writes, or be slow. What the writer does with them is tested on dynalite.</summary>
internal sealed class FakeSeedTarget : IRoutingWriter
{
    public List<(RoutingData Data, string Owner)> Writes { get; } = [];

    public List<(string Owner, RoutingKeys Keep)> Deletes { get; } = [];

    public RoutingStoreException? FailWith { get; set; }

    public TimeSpan Delay { get; set; }

    public async Task<RoutingKeys> WriteAsync(RoutingData data, string owner, CancellationToken cancellationToken)
    {
        await Task.Delay(Delay, cancellationToken);
        if (FailWith is not null)
        {
            throw FailWith;
        }

        Writes.Add((data, owner));
        return RoutingKeys.Of(data);
    }

    public Task<RoutingKeys> DeleteOwnedAsync(string owner, RoutingKeys keep, CancellationToken cancellationToken)
    {
        if (FailWith is not null)
        {
            throw FailWith;
        }

        Deletes.Add((owner, keep));
        return Task.FromResult(RoutingKeys.Empty);
    }
}
