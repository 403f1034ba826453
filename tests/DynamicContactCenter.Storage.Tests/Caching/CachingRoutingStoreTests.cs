using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.Caching;
using DynamicContactCenter.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DynamicContactCenter.Storage.Tests.Caching;

public sealed class CachingRoutingStoreTests
{
    private static readonly CachingOptions Options = new() { TimeToLive = TimeSpan.FromMinutes(5), MaxStale = TimeSpan.FromHours(1) };
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly FakeRoutingStore _inner = new(SampleRoutingData.Tenant());
    private readonly List<StaleRead> _staleReads = [];

    [Fact]
    public async Task GetPromptSetAsync_WithinTimeToLive_ReadsInnerStoreOnce()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var first = await sut.GetPromptSetAsync("Spanish", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(4));
        var second = await sut.GetPromptSetAsync("Spanish", CancellationToken.None);

        // Assert
        second.ShouldBeSameAs(first);
        first!.Voice.ShouldBe("Lupe");
        _inner.Reads.ShouldBe(1);
    }

    [Fact]
    public async Task GetPromptSetAsync_ReadDeadlineCenturiesAway_ReadsAsIfUnbounded()
    {
        // Arrange: a deadline beyond what a timer can hold (e.g. a test Runtime API's far-future Deadline-Ms header).
        var sut = new CachingRoutingStore(_inner, _time, Options, _staleReads.Add, () => _time.GetUtcNow().AddYears(100));

        // Act
        var row = await sut.GetPromptSetAsync("Spanish", CancellationToken.None);

        // Assert
        row!.Voice.ShouldBe("Lupe");
        _staleReads.ShouldBeEmpty();
    }

    [Fact]
    public async Task GetDialedNumberAsync_AfterTimeToLive_ReadsInnerStoreAgain()
    {
        // Arrange
        var sut = CreateSut();
        await sut.GetDialedNumberAsync(SampleRoutingData.SpanishNumber, CancellationToken.None);

        // Act
        _time.Advance(TimeSpan.FromMinutes(5));
        var row = await sut.GetDialedNumberAsync(SampleRoutingData.SpanishNumber, CancellationToken.None);

        // Assert
        row!.Language.ShouldBe("Spanish");
        _inner.Reads.ShouldBe(2);
    }

    [Fact]
    public async Task GetDialedNumberAsync_UnknownNumber_CachesTheMiss()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var first = await sut.GetDialedNumberAsync("+19999999999", CancellationToken.None);
        var second = await sut.GetDialedNumberAsync("+19999999999", CancellationToken.None);

        // Assert
        first.ShouldBeNull();
        second.ShouldBeNull();
        _inner.Reads.ShouldBe(1);
    }

    [Fact]
    public async Task GetRows_SameKeyInDifferentTables_AreCachedSeparately()
    {
        // Arrange: "English" is both a Prompts key and, here, looked up as an environment (which has no such row).
        var sut = CreateSut();

        // Act
        var language = await sut.GetPromptSetAsync("English", CancellationToken.None);
        var environment = await sut.GetEnvironmentAsync("English", CancellationToken.None);

        // Assert
        language.ShouldNotBeNull();
        environment.ShouldBeNull();
        _inner.Reads.ShouldBe(2);
    }

    [Fact]
    public async Task GetPromptSetAsync_StoreFailsWithinMaxStale_ServesCachedRowAndReportsIt()
    {
        // Arrange
        var sut = CreateSut();
        var cached = await sut.GetPromptSetAsync("French", CancellationToken.None);
        var failure = new RoutingStoreException("DCC1301: reading Prompts key \"French\" failed");
        _inner.Failure = failure;

        // Act
        _time.Advance(TimeSpan.FromMinutes(59));
        var served = await sut.GetPromptSetAsync("French", CancellationToken.None);

        // Assert
        served.ShouldBeSameAs(cached);
        _staleReads.ShouldBe([new StaleRead(RoutingTable.Prompts, "French", TimeSpan.FromMinutes(59), failure)]);
    }

    [Fact]
    public async Task GetPromptSetAsync_StoreFailsPastMaxStale_Throws()
    {
        // Arrange
        var sut = CreateSut();
        await sut.GetPromptSetAsync("French", CancellationToken.None);
        _inner.Failure = new RoutingStoreException("down");

        // Act
        _time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var error = await Should.ThrowAsync<RoutingStoreException>(async () => await sut.GetPromptSetAsync("French", CancellationToken.None));

        // Assert
        error.ShouldBeSameAs(_inner.Failure);
        _staleReads.ShouldBeEmpty();
    }

    [Fact]
    public async Task GetEnvironmentAsync_StoreFailsWithNothingCached_Throws()
    {
        // Arrange
        var sut = CreateSut();
        _inner.Failure = new RoutingStoreException("down");

        // Act
        var error = await Should.ThrowAsync<RoutingStoreException>(async () => await sut.GetEnvironmentAsync("prod", CancellationToken.None));

        // Assert
        error.Message.ShouldBe("down");
        _staleReads.ShouldBeEmpty();
    }

    [Fact]
    public async Task GetEnvironmentAsync_StoreRecovers_CachesTheFreshRowAgain()
    {
        // Arrange
        var sut = CreateSut();
        await sut.GetEnvironmentAsync("prod", CancellationToken.None);
        _inner.Failure = new RoutingStoreException("down");
        _time.Advance(TimeSpan.FromMinutes(10));
        await sut.GetEnvironmentAsync("prod", CancellationToken.None);
        _inner.Failure = null;

        // Act
        _time.Advance(TimeSpan.FromSeconds(1));
        var row = await sut.GetEnvironmentAsync("prod", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        await sut.GetEnvironmentAsync("prod", CancellationToken.None);

        // Assert
        row!.Environment.ShouldBe("prod");
        _inner.Reads.ShouldBe(3);
        _staleReads.Count.ShouldBe(1);
    }

    private CachingRoutingStore CreateSut() => new(_inner, _time, Options, _staleReads.Add);
}
