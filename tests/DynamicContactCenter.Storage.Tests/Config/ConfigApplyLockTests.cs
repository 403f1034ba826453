using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.Config;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DynamicContactCenter.Storage.Tests.Config;

/// <summary>The apply lock as an operator meets it: an apply that stalls or is killed, and the row it leaves behind.</summary>
[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
[Trait("Issue", "10")]
public sealed class ConfigApplyLockTests(DynaliteFixture dynalite)
{
    [Fact]
    public async Task ApplyAsync_WhileAnotherApplyStalls_IsRefusedUntilItsLeaseEndsThenTheStalledOneStops()
    {
        // Arrange: apply A writes one row and stalls (a frozen or killed process) holding the lock.
        var (client, tables) = await SeededAsync();
        using var _ = client;
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 4, 0, 0, TimeSpan.Zero));
        var stalled = new PauseAfterWritesRowWriter(new DynamoConfigRowWriter(client, tables), 1);
        // One write at a time, so A has written exactly one row when it stalls (the lease argument does not depend on it).
        var applyA = new ConfigApplier(client, tables, stalled, time) { Concurrency = 1 }.ApplyAsync(await PlanAsync(client, tables), null, CancellationToken.None);
        await stalled.Paused.WaitAsync(TimeSpan.FromSeconds(20));

        // Act
        var whileHeld = await new ConfigApplier(client, tables, time).ApplyAsync(await PlanAsync(client, tables), null, CancellationToken.None);
        time.Advance(ConfigApplyLock.Lease + TimeSpan.FromSeconds(1));
        var afterLease = await new ConfigApplier(client, tables, time).ApplyAsync(await PlanAsync(client, tables), null, CancellationToken.None);
        stalled.Resume();
        var resumedA = await applyA.WaitAsync(TimeSpan.FromSeconds(20));

        // Assert
        whileHeld.Written.ShouldBe(0);
        whileHeld.ConflictMessage.ShouldNotBeNull().ShouldStartWith(
            $"DCC1410: another apply holds the apply lock (row \"dcc:apply-lock\" in DynamoDB table {tables.DialedNumbers}): dcc config apply (process {Environment.ProcessId} on ");
        whileHeld.ConflictMessage.ShouldContain("since 2026-11-29 04:00:00 UTC, lease until 2026-11-29 04:01:00 UTC");
        afterLease.Succeeded.ShouldBeTrue(afterLease.ConflictMessage);
        afterLease.AlreadyApplied.ShouldBe(0, "the re-plan left out the row A wrote");
        afterLease.Total.ShouldBe(7);
        resumedA.Written.ShouldBe(1);
        resumedA.ConflictMessage.ShouldNotBeNull().ShouldStartWith(
            $"DCC1412: the apply lock in DynamoDB table {tables.DialedNumbers} was taken by another apply after this one's lease ran out; 1 of 8 changes were applied and none after them");
        (await PlanAsync(client, tables)).HasChanges.ShouldBeFalse();
        (await RawItemAsync(client, tables.DialedNumbers, RoutingTableSchema.ApplyLockKey)).ShouldBeNull("the last holder released the lock");
    }

    [Fact]
    public async Task LockRow_WhileHeld_IsInvisibleToPlanExportAndTheHandlersStore()
    {
        // Arrange: an apply holds the lock (it has written its first row, the English prompts, and stalls).
        var (client, tables) = await SeededAsync();
        using var _ = client;
        var stalled = new PauseAfterWritesRowWriter(new DynamoConfigRowWriter(client, tables), 1);
        var apply = new ConfigApplier(client, tables, stalled, TimeProvider.System) { Concurrency = 1 }.ApplyAsync(await PlanAsync(client, tables), null, CancellationToken.None);
        await stalled.Paused.WaitAsync(TimeSpan.FromSeconds(20));
        var lockRow = await RawItemAsync(client, tables.DialedNumbers, RoutingTableSchema.ApplyLockKey);

        // Act
        var rows = await new DynamoRoutingReader(client, tables).ReadAllAsync(CancellationToken.None);
        var plan = ConfigPlanner.Plan(ConfigChangeSet.Before, rows);
        var handlerAnswer = await new DynamoRoutingStore(client, tables).GetDialedNumberAsync(RoutingTableSchema.ApplyLockKey, CancellationToken.None);
        stalled.Resume();
        await apply.WaitAsync(TimeSpan.FromSeconds(20));

        // Assert: the row is there, holds no string but its key, and nobody reading routing data sees it.
        lockRow.ShouldNotBeNull().Keys.ShouldBe(["dcc:lock", "dialedNumber"], ignoreOrder: true);
        lockRow["dcc:lock"].M.ShouldNotBeEmpty();
        rows.DialedNumbers.Select(n => n.Number).ShouldBe(ConfigChangeSet.Before.DialedNumbers.Select(n => n.Number), ignoreOrder: true);
        rows.ToRoutingData(SampleRoutingData.Organisation, "English").DialedNumbers.ShouldNotContain(n => n.Number.StartsWith("dcc:", StringComparison.Ordinal));
        plan.Changes.Select(c => c.Key).ShouldBe(["English"], "only the row the held apply wrote differs from the file it started from");
        handlerAnswer.ShouldBeNull();
    }

    [Fact]
    public async Task ApplyAsync_LockRowWithoutALease_IsTakenAndTheApplySucceeds()
    {
        // Arrange: a lock row someone made by hand (or a tool of an older shape): no lease, so it holds nothing.
        var (client, tables) = await SeededAsync();
        using var _ = client;
        await client.PutItemAsync(tables.DialedNumbers, new Dictionary<string, AttributeValue> { ["dialedNumber"] = new(RoutingTableSchema.ApplyLockKey) });

        // Act
        var result = await new ConfigApplier(client, tables).ApplyAsync(await PlanAsync(client, tables), null, CancellationToken.None);

        // Assert
        result.Succeeded.ShouldBeTrue(result.ConflictMessage);
        (await PlanAsync(client, tables)).HasChanges.ShouldBeFalse();
    }

    private async Task<(AmazonDynamoDBClient Client, RoutingTableNames Tables)> SeededAsync()
    {
        var tables = await dynalite.CreateTablesAsync();
        var client = dynalite.CreateClient();
        await new DynamoRoutingWriter(client, tables).WriteAsync(ConfigChangeSet.Before, CancellationToken.None);
        return (client, tables);
    }

    private static async Task<ConfigPlan> PlanAsync(AmazonDynamoDBClient client, RoutingTableNames tables) =>
        ConfigPlanner.Plan(ConfigChangeSet.After, await new DynamoRoutingReader(client, tables).ReadAllAsync(CancellationToken.None));

    private static async Task<Dictionary<string, AttributeValue>?> RawItemAsync(AmazonDynamoDBClient client, string table, string key)
    {
        var response = await client.GetItemAsync(new GetItemRequest(table, new() { ["dialedNumber"] = new AttributeValue(key) }) { ConsistentRead = true });
        return response.Item is { Count: > 0 } item ? item : null;
    }

    /// <summary>Passes writes to the real writer and stalls after the <c>writes</c>th returns (lock held, before the next renewal) until resumed.</summary>
    private sealed class PauseAfterWritesRowWriter(IConfigRowWriter inner, int writes) : IConfigRowWriter
    {
        private readonly TaskCompletionSource _paused = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _resume = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _done;

        public Task Paused => _paused.Task;

        public void Resume() => _resume.TrySetResult();

        public async Task<RowWriteOutcome> WriteAsync(RowChange change, CancellationToken cancellationToken)
        {
            var outcome = await inner.WriteAsync(change, cancellationToken);
            if (++_done == writes)
            {
                _paused.TrySetResult();
                await _resume.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            }

            return outcome;
        }
    }
}
