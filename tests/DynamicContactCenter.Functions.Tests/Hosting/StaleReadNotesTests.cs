using System.Text.Json;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.Tests.TestHelpers;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Storage.Caching;
using DynamicContactCenter.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DynamicContactCenter.Functions.Tests.Hosting;

public sealed class StaleReadNotesTests
{
    [Fact]
    public async Task Invoke_StoreFailsAfterCaching_AnswersFromCacheAndNotesItInTheLogLine()
    {
        // Arrange
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
        var inner = new FakeRoutingStore(SampleRoutingData.Tenant());
        var cache = new CachingRoutingStore(inner, time, new CachingOptions { TimeToLive = TimeSpan.FromSeconds(60) }, StaleReadNotes.Record);
        var log = new StringWriter();
        var sut = new FunctionHost(cache, new FunctionHostOptions { TimeProvider = time, Log = log });
        var contactEvent = ConnectEvents.Create(SampleRoutingData.SpanishNumber);
        await sut.InvokeAsync(FunctionNames.GetDynAttributes, contactEvent);
        inner.FailWith = new RoutingStoreException("DialedNumbers: throttled");
        time.Advance(TimeSpan.FromSeconds(90));

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.GetDynAttributes, contactEvent);

        // Assert
        outcome.Succeeded.ShouldBeTrue(outcome.ErrorMessage);
        var note = outcome.Notes.ShouldHaveSingleItem();
        note.ShouldContain($"'{SampleRoutingData.SpanishNumber}'");
        note.ShouldContain("(90 s old)");
        note.ShouldContain("DialedNumbers: throttled");
        var lastLine = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        JsonDocument.Parse(lastLine).RootElement.GetProperty("notes")[0].GetString().ShouldBe(note);
    }
}
