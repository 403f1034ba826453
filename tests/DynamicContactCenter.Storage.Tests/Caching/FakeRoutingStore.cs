using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Storage.Tests.Caching;

/// <summary>An inner store for cache tests: serves given data, counts reads, and fails while <see cref="Failure"/> is set.</summary>
internal sealed class FakeRoutingStore(RoutingData data) : IRoutingStore
{
    private readonly InMemoryRoutingStore _rows = InMemoryRoutingStore.Create(data);

    public int Reads { get; private set; }

    public RoutingStoreException? Failure { get; set; }

    public ValueTask<EnvironmentEntry?> GetEnvironmentAsync(string environment, CancellationToken cancellationToken) =>
        Read(() => _rows.GetEnvironmentAsync(environment, cancellationToken));

    public ValueTask<DialedNumber?> GetDialedNumberAsync(string number, CancellationToken cancellationToken) =>
        Read(() => _rows.GetDialedNumberAsync(number, cancellationToken));

    public ValueTask<PromptSet?> GetPromptSetAsync(string language, CancellationToken cancellationToken) =>
        Read(() => _rows.GetPromptSetAsync(language, cancellationToken));

    private ValueTask<T?> Read<T>(Func<ValueTask<T?>> read)
    {
        Reads++;
        return Failure is { } failure ? ValueTask.FromException<T?>(failure) : read();
    }
}
