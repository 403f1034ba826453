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
}
