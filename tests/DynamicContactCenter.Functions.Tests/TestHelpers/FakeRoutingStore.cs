using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Functions.Tests.TestHelpers;

/// <summary>A hand-written store over routing data that counts reads and can be told to fail like an unreachable table.</summary>
internal sealed class FakeRoutingStore(RoutingData data) : IRoutingStore
{
    public int Reads { get; private set; }

    public RoutingStoreException? FailWith { get; set; }

    public ValueTask<EnvironmentEntry?> GetEnvironmentAsync(string environment, CancellationToken cancellationToken) =>
        Read(() => data.Environments.FirstOrDefault(e => e.Environment == environment));

    public ValueTask<DialedNumber?> GetDialedNumberAsync(string number, CancellationToken cancellationToken) =>
        Read(() => data.DialedNumbers.FirstOrDefault(n => n.Number == number));

    public ValueTask<PromptSet?> GetPromptSetAsync(string language, CancellationToken cancellationToken) =>
        Read(() => data.Languages.FirstOrDefault(l => l.Language == language));

    private ValueTask<T?> Read<T>(Func<T?> read)
    {
        Reads++;
        return FailWith is { } failure ? throw failure : ValueTask.FromResult(read());
    }
}
