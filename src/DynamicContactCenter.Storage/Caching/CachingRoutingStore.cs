using System.Collections.Concurrent;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Storage.Caching;

/// <summary>
/// An <see cref="IRoutingStore"/> that caches another store's rows, misses included, for a time to live. When the
/// inner store fails, a cached row younger than the max-stale window is served instead and the failure is reported to
/// <c>onStaleRead</c>; with nothing cached (or only an older row) the <see cref="RoutingStoreException"/> propagates.
/// </summary>
/// <remarks>
/// Thread-safe. Concurrent misses on one key may each read the store once; that is cheaper than a lock per key
/// for a function that handles one invocation at a time. The caller's cancellation is never absorbed; a read stopped by the
/// read deadline is a store failure like any other (stale row, else <see cref="RoutingStoreException"/>), so a hung store
/// costs the caller at most the time left, not the SDK's whole retry budget.
/// </remarks>
public sealed class CachingRoutingStore : IRoutingStore
{
    // A timer cannot run longer than about 49 days; a deadline further off (a far-future test deadline) is as good as none.
    private static readonly TimeSpan LongestBudget = TimeSpan.FromDays(30);

    private readonly IRoutingStore _inner;
    private readonly TimeProvider _time;
    private readonly CachingOptions _options;
    private readonly Action<StaleRead> _onStaleRead;
    private readonly Func<DateTimeOffset?> _readDeadline;
    private readonly ConcurrentDictionary<(RoutingTable Table, string Key), Entry> _entries = new();

    /// <summary>Creates the cache in front of <paramref name="inner"/>.</summary>
    /// <param name="inner">The store read on a miss or an expired row.</param>
    /// <param name="timeProvider">The clock (tests pass a <c>FakeTimeProvider</c>).</param>
    /// <param name="options">Time to live and max-stale window; null for the defaults (5 min, 1 h).</param>
    /// <param name="onStaleRead">Told each time a stale row is served through a failure, e.g. to write it into the invocation's log line.</param>
    /// <param name="readDeadline">When the read running now must have ended (e.g. the invocation's deadline minus the time to
    /// answer), asked at each read; null from it, or no function, for unbounded reads.</param>
    public CachingRoutingStore(IRoutingStore inner, TimeProvider timeProvider, CachingOptions? options = null, Action<StaleRead>? onStaleRead = null,
        Func<DateTimeOffset?>? readDeadline = null)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _options = options ?? new CachingOptions();
        _onStaleRead = onStaleRead ?? (static _ => { });
        _readDeadline = readDeadline ?? (static () => null);
    }

    /// <inheritdoc />
    public ValueTask<EnvironmentEntry?> GetEnvironmentAsync(string environment, CancellationToken cancellationToken) =>
        GetAsync(RoutingTable.Environments, environment, static (store, key, ct) => store.GetEnvironmentAsync(key, ct), cancellationToken);

    /// <inheritdoc />
    public ValueTask<DialedNumber?> GetDialedNumberAsync(string number, CancellationToken cancellationToken) =>
        GetAsync(RoutingTable.DialedNumbers, number, static (store, key, ct) => store.GetDialedNumberAsync(key, ct), cancellationToken);

    /// <inheritdoc />
    public ValueTask<PromptSet?> GetPromptSetAsync(string language, CancellationToken cancellationToken) =>
        GetAsync(RoutingTable.Prompts, language, static (store, key, ct) => store.GetPromptSetAsync(key, ct), cancellationToken);

    /// <summary>Forgets every cached row, e.g. after <c>dcc config apply</c> in the same process.</summary>
    public void Clear() => _entries.Clear();

    private async ValueTask<T?> GetAsync<T>(RoutingTable table, string key, Func<IRoutingStore, string, CancellationToken, ValueTask<T?>> read, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = _time.GetUtcNow();
        _entries.TryGetValue((table, key), out var cached);
        if (cached is not null && now - cached.ReadAt < _options.TimeToLive)
        {
            return (T?)cached.Value;
        }

        try
        {
            var value = await ReadWithinDeadlineAsync(table, key, read, now, cancellationToken).ConfigureAwait(false);
            _entries[(table, key)] = new Entry(value, _time.GetUtcNow());
            return value;
        }
        catch (RoutingStoreException e) when (cached is not null && now - cached.ReadAt <= _options.MaxStale)
        {
            // The stale row is kept with its original read time, so the window is not extended by serving it.
            _onStaleRead(new StaleRead(table, key, now - cached.ReadAt, e));
            return (T?)cached.Value;
        }
    }

    private async ValueTask<T?> ReadWithinDeadlineAsync<T>(RoutingTable table, string key, Func<IRoutingStore, string, CancellationToken, ValueTask<T?>> read,
        DateTimeOffset now, CancellationToken cancellationToken)
        where T : class
    {
        var budget = _readDeadline() is { } deadline ? deadline - now : (TimeSpan?)null;
        if (budget is null || budget > LongestBudget)
        {
            return await read(_inner, key, cancellationToken).ConfigureAwait(false);
        }

        if (budget <= TimeSpan.Zero)
        {
            throw OutOfTime(table, key, TimeSpan.Zero, null);
        }

        using var timed = new CancellationTokenSource(budget.Value, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timed.Token);
        try
        {
            return await read(_inner, key, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (timed.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw OutOfTime(table, key, budget.Value, e);
        }
    }

    private static RoutingStoreException OutOfTime(RoutingTable table, string key, TimeSpan budget, Exception? cause) =>
        new(table, table.ToString(), key, StorageMessages.ReadOutOfTime.CodedMessage(table, key, budget.TotalMilliseconds), cause);

    private sealed record Entry(object? Value, DateTimeOffset ReadAt);
}
