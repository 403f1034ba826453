using System.Collections.Concurrent;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.Config;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Storage.Tests.Config;

/// <summary>Apply at network latency (issue #15): the rows of one step of the safe order at once, the steps one after another, throttled writes tried again.</summary>
[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
[Trait("Issue", "15")]
public sealed class ConcurrentStepsApplyTests(DynaliteFixture dynalite)
{
    [Fact]
    public async Task ApplyAsync_Concurrently_NoWriteStartsBeforeEveryWriteOfTheStepsBeforeItEnded()
    {
        // Arrange: the change set plus 40 German numbers, so the numbers step has many rows to run at once.
        var (client, tables) = await SeededAsync(ConfigChangeSet.Before);
        using var _ = client;
        var desired = WithGermanNumbers(ConfigChangeSet.After, 40);
        var plan = await PlanAsync(client, tables, desired);
        var writer = new RecordingRowWriter(new DynamoConfigRowWriter(client, tables));
        var sut = new ConfigApplier(client, tables, writer, TimeProvider.System) { Concurrency = 8 };

        // Act
        var result = await sut.ApplyAsync(plan, null, CancellationToken.None);

        // Assert: every write of a step ended before any write of a later step started, and writes did overlap.
        result.ShouldBe(new ApplyResult(plan.Changes.Length, plan.Changes.Length, 0, null));
        var steps = plan.Steps().ToList();
        steps.Count.ShouldBe(6, "languages written, numbers written, numbers removed, languages removed, environments written, removed");
        for (var later = 1; later < steps.Count; later++)
        {
            var laterStarts = steps[later].Min(c => writer.Started[c]);
            foreach (var earlier in steps.Take(later).SelectMany(s => s))
            {
                writer.Ended[earlier].ShouldBeLessThan(laterStarts, $"{earlier.Table} {earlier.Key} ended after step {later} began");
            }
        }

        writer.MostInFlight.ShouldBeInRange(2, 8);
        (await PlanAsync(client, tables, desired)).HasChanges.ShouldBeFalse();
    }

    [Fact]
    public async Task ApplyAsync_Concurrently_ReportsEveryRowOnceWithCountsRisingOneByOne()
    {
        // Arrange
        var (client, tables) = await SeededAsync(ConfigChangeSet.Before);
        using var _ = client;
        var plan = await PlanAsync(client, tables, WithGermanNumbers(ConfigChangeSet.After, 30));
        var reports = new List<ApplyProgress>();
        var progress = new SyncProgress(reports.Add);

        // Act
        await new ConfigApplier(client, tables) { Concurrency = 16 }.ApplyAsync(plan, progress, CancellationToken.None);

        // Assert: what the [i/N] lines show.
        reports.Select(r => r.Done).ShouldBe(Enumerable.Range(1, plan.Changes.Length));
        reports.ShouldAllBe(r => r.Total == plan.Changes.Length);
        reports.Select(r => r.Change).ShouldBe(plan.Changes, ignoreOrder: true);
    }

    [Theory]
    [InlineData("ProvisionedThroughputExceededException")]
    [InlineData("ThrottlingException")]
    [InlineData("RequestLimitExceeded")]
    public async Task ApplyAsync_WriteThrottledTwice_TriesItAgainAndEveryRowLands(string errorCode)
    {
        // Arrange: the German language write is refused twice with the error DynamoDB sends when throttling
        // (error codes from the DynamoDB API reference, "Common errors" and the PutItem errors).
        var (client, tables) = await SeededAsync(ConfigChangeSet.Before);
        using var _ = client;
        var plan = await PlanAsync(client, tables, ConfigChangeSet.After);
        var writer = new ThrottlingRowWriter(new DynamoConfigRowWriter(client, tables), tables, "German", errorCode, times: 2);

        // Act
        var result = await new ConfigApplier(client, tables, writer, TimeProvider.System).ApplyAsync(plan, null, CancellationToken.None);

        // Assert
        result.Succeeded.ShouldBeTrue(result.ConflictMessage);
        result.Written.ShouldBe(plan.Changes.Length);
        writer.Tries.ShouldBe(3);
        (await PlanAsync(client, tables, ConfigChangeSet.After)).HasChanges.ShouldBeFalse();
    }

    [Fact]
    public async Task ApplyAsync_WriteFailsOtherThanThrottling_IsNotTriedAgainAndNamesTheRow()
    {
        // Arrange: access denied is not throttling: the apply stops with DCC1403 at once.
        var (client, tables) = await SeededAsync(ConfigChangeSet.Before);
        using var _ = client;
        var plan = await PlanAsync(client, tables, ConfigChangeSet.After);
        var writer = new ThrottlingRowWriter(new DynamoConfigRowWriter(client, tables), tables, "German", "AccessDeniedException", times: 5);

        // Act
        var error = await Should.ThrowAsync<RoutingStoreException>(() => new ConfigApplier(client, tables, writer, TimeProvider.System).ApplyAsync(plan, null, CancellationToken.None));

        // Assert
        writer.Tries.ShouldBe(1);
        error.Message.ShouldStartWith($"DCC1403: writing Prompts key \"German\" in DynamoDB table {tables.Prompts} failed after ");
        error.Message.ShouldContain("AccessDeniedException");
    }

    [Fact]
    public void Concurrency_Zero_IsRefused()
    {
        using var client = dynalite.CreateClient();

        var error = Should.Throw<ArgumentOutOfRangeException>(() => new ConfigApplier(client, new RoutingTableNames("E", "D", "P")) { Concurrency = 0 });

        error.Message.ShouldContain("At least one write must be allowed in flight.");
    }

    internal static RoutingData WithGermanNumbers(RoutingData data, int count) => data with
    {
        DialedNumbers = [.. data.DialedNumbers, .. Enumerable.Range(0, count).Select(i => new DialedNumber($"+4930{i:D7}", $"Berlin {i}", SampleRoutingData.QueueArn(5), "German"))],
    };

    private async Task<(AmazonDynamoDBClient Client, RoutingTableNames Tables)> SeededAsync(RoutingData data)
    {
        var tables = await dynalite.CreateTablesAsync();
        var client = dynalite.CreateClient();
        await new DynamoRoutingWriter(client, tables).WriteAsync(data, CancellationToken.None);
        return (client, tables);
    }

    private static async Task<ConfigPlan> PlanAsync(AmazonDynamoDBClient client, RoutingTableNames tables, RoutingData desired) =>
        ConfigPlanner.Plan(desired, await new DynamoRoutingReader(client, tables).ReadAllAsync(CancellationToken.None));

    /// <summary>Stamps each write's start and end from one counter (ordering without clocks), slowing writes so they overlap.</summary>
    private sealed class RecordingRowWriter(IConfigRowWriter inner) : IConfigRowWriter
    {
        private long _clock;
        private int _inFlight;
        private int _most;

        public ConcurrentDictionary<RowChange, long> Started { get; } = new();

        public ConcurrentDictionary<RowChange, long> Ended { get; } = new();

        public int MostInFlight => Volatile.Read(ref _most);

        public async Task<RowWriteOutcome> WriteAsync(RowChange change, CancellationToken cancellationToken)
        {
            Started[change] = Interlocked.Increment(ref _clock);
            var now = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _most, now);
            try
            {
                await Task.Delay(20, cancellationToken);
                return await inner.WriteAsync(change, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
                Ended[change] = Interlocked.Increment(ref _clock);
            }
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }

    /// <summary>Fails the write of one Prompts row the first <c>times</c> tries as the real writer reports an AWS error, then passes it on.</summary>
    private sealed class ThrottlingRowWriter(IConfigRowWriter inner, RoutingTableNames tables, string language, string errorCode, int times) : IConfigRowWriter
    {
        private int _tries;

        public int Tries => Volatile.Read(ref _tries);

        public Task<RowWriteOutcome> WriteAsync(RowChange change, CancellationToken cancellationToken)
        {
            if (change.Table != RoutingTable.Prompts || change.Key != language)
            {
                return inner.WriteAsync(change, cancellationToken);
            }

            if (Interlocked.Increment(ref _tries) <= times)
            {
                var sdk = new AmazonDynamoDBException("Rate of requests exceeds the allowed throughput.") { ErrorCode = errorCode, StatusCode = System.Net.HttpStatusCode.BadRequest };
                throw new RoutingStoreException(change.Table, tables.NameOf(change.Table), change.Key, $"{errorCode} (400): {sdk.Message}", sdk);
            }

            return inner.WriteAsync(change, cancellationToken);
        }
    }

    private sealed class SyncProgress(Action<ApplyProgress> report) : IProgress<ApplyProgress>
    {
        public void Report(ApplyProgress value) => report(value);
    }
}
