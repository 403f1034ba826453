using System.Runtime.CompilerServices;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.Caching;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DynamicContactCenter.Storage.Tests.Caching;

[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
public sealed class CachingOverDynamoDbTests(DynaliteFixture dynalite)
{
    [Fact]
    public async Task GetPromptSetAsync_TableDeletedAfterCaching_ServesStaleRowAndReportsTheRealError()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        using var client = dynalite.CreateClient();
        await new DynamoRoutingWriter(client, tables).WriteAsync(SampleRoutingData.Tenant(), CancellationToken.None);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var staleReads = new List<StaleRead>();
        var sut = new CachingRoutingStore(new DynamoRoutingStore(client, tables), time, new CachingOptions(), staleReads.Add);
        var cached = await sut.GetPromptSetAsync("Spanish", CancellationToken.None);
        await client.DeleteTableAsync(tables.Prompts);

        // Act
        time.Advance(TimeSpan.FromMinutes(6));
        var served = await sut.GetPromptSetAsync("Spanish", CancellationToken.None);

        // Assert
        served.ShouldBeSameAs(cached);
        var stale = staleReads.ShouldHaveSingleItem();
        stale.Table.ShouldBe(RoutingTable.Prompts);
        stale.Key.ShouldBe("Spanish");
        stale.Age.ShouldBe(TimeSpan.FromMinutes(6));
        stale.Error.TableName.ShouldBe(tables.Prompts);
        await Should.ThrowAsync<RoutingStoreException>(async () => await sut.GetPromptSetAsync("French", CancellationToken.None));
    }

    [Fact]
    public async Task GetPromptSetAsync_StoreHangsAfterCaching_ServesTheCachedRowWhenTheReadDeadlineComes()
    {
        // Arrange: a cached Spanish row read through the real SDK, then the endpoint hangs and the row expires.
        var (sut, proxy, time, staleReads, readDeadline) = await HangingStoreAsync();
        using var _ = proxy;
        var cached = await sut.GetPromptSetAsync("Spanish", CancellationToken.None);
        proxy.Stall();
        time.Advance(TimeSpan.FromMinutes(6));
        readDeadline.Value = time.GetUtcNow() + TimeSpan.FromSeconds(2);

        // Act: the read is on the wire and hanging; then the read deadline comes (on the fake clock, before any SDK timeout).
        var read = sut.GetPromptSetAsync("Spanish", CancellationToken.None).AsTask();
        await proxy.StalledRequestSeen.WaitAsync(TimeSpan.FromSeconds(30));
        time.Advance(TimeSpan.FromSeconds(2));
        var served = await read.WaitAsync(TimeSpan.FromSeconds(30));

        // Assert
        served.ShouldBeSameAs(cached);
        var stale = staleReads.ShouldHaveSingleItem();
        stale.Key.ShouldBe("Spanish");
        stale.Error.Message.ShouldStartWith("DCC4048: reading Prompts key \"Spanish\" was stopped");
    }

    [Fact]
    public async Task GetPromptSetAsync_StoreHangsAndNothingCached_FailsAsStoreErrorAtTheReadDeadlineNotAsCancellation()
    {
        // Arrange
        var (sut, proxy, time, _, readDeadline) = await HangingStoreAsync();
        using var _ = proxy;
        proxy.Stall();
        readDeadline.Value = time.GetUtcNow() + TimeSpan.FromSeconds(2);

        // Act
        var read = sut.GetPromptSetAsync("French", CancellationToken.None).AsTask();
        await proxy.StalledRequestSeen.WaitAsync(TimeSpan.FromSeconds(30));
        time.Advance(TimeSpan.FromSeconds(2));
        var error = await Should.ThrowAsync<RoutingStoreException>(() => read.WaitAsync(TimeSpan.FromSeconds(30)));

        // Assert
        error.Message.ShouldStartWith("DCC4048: reading Prompts key \"French\" was stopped");
    }

    [Fact]
    public async Task GetPromptSetAsync_ReadDeadlineAlreadyPassed_ServesTheCachedRowWithoutAskingTheStore()
    {
        // Arrange
        var (sut, proxy, time, staleReads, readDeadline) = await HangingStoreAsync();
        using var _ = proxy;
        var cached = await sut.GetPromptSetAsync("Spanish", CancellationToken.None);
        proxy.Stall();
        time.Advance(TimeSpan.FromMinutes(6));
        readDeadline.Value = time.GetUtcNow();

        // Act
        var served = await sut.GetPromptSetAsync("Spanish", CancellationToken.None);

        // Assert
        served.ShouldBeSameAs(cached);
        staleReads.ShouldHaveSingleItem().Error.Message.ShouldContain("(0 ms were left");
        proxy.StalledRequestSeen.IsCompleted.ShouldBeFalse();
    }

    private async Task<(CachingRoutingStore Sut, StallingProxy Proxy, FakeTimeProvider Time, List<StaleRead> StaleReads, StrongBox<DateTimeOffset?> ReadDeadline)> HangingStoreAsync()
    {
        var tables = await dynalite.CreateTablesAsync();
        using (var seeding = dynalite.CreateClient())
        {
            await new DynamoRoutingWriter(seeding, tables).WriteAsync(SampleRoutingData.Tenant(), CancellationToken.None);
        }

        var proxy = new StallingProxy(dynalite.ServiceUrl);
        var client = DynamoDbClientFactory.Create(dynalite.ClientOptions with { EndpointUrl = proxy.Url });
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var staleReads = new List<StaleRead>();
        var readDeadline = new StrongBox<DateTimeOffset?>(null);
        var sut = new CachingRoutingStore(new DynamoRoutingStore(client, tables), time, new CachingOptions(), staleReads.Add, () => readDeadline.Value);
        return (sut, proxy, time, staleReads, readDeadline);
    }
}
