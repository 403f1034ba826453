using System.Collections.Immutable;
using DynamicContactCenter.Flows.Catalog;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Local.Scenarios;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage;
using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Local.Preview;

/// <summary>
/// <c>dcc config plan --preview</c>: plays a call to every dialed number through the shipped flows and the real handlers,
/// once over the live rows and once over the file's, and keeps what a caller would hear: each prompt with its voice,
/// and how the call ends (queued in which queue, closed, error).
/// </summary>
/// <remarks>
/// Until the routing matrix (#4) exists this is one call per number at one time with the instance model's agents.
/// The tables hold no default language, so both sides use the file's (<c>defaultLanguage</c>, as DEFAULT_LANGUAGE is set when the
/// file is deployed): the preview shows what the table changes do.
/// </remarks>
public static class ConfigPreview
{
    /// <summary>The number played for the <c>default</c> row: one no row has, so the flows fall back to <c>default</c>.</summary>
    public const string OtherNumber = "+19995550100";

    /// <summary>What callers of each number hear today and after the apply.</summary>
    public static async Task<ImmutableArray<ConfigNumberPreview>> RunAsync(
        RoutingData desired, RoutingRows live, InstanceModel instance, FlowCatalog catalog, DateTimeOffset at, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(live);
        var liveData = live.ToRoutingData(desired.Organisation, desired.DefaultLanguage);
        var current = new LocalContactCenter(instance, catalog, InMemoryRoutingStore.Unvalidated(liveData), desired.DefaultLanguage, clock: clock);
        var proposed = new LocalContactCenter(instance, catalog, InMemoryRoutingStore.Unvalidated(desired), desired.DefaultLanguage, clock: clock);
        var names = live.DialedNumbers.Concat(desired.DialedNumbers).GroupBy(n => n.Number, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Name, StringComparer.Ordinal);
        var numbers = names.Keys.Where(n => n != DialedNumber.DefaultKey).Order(StringComparer.Ordinal).ToList();
        if (names.ContainsKey(DialedNumber.DefaultKey) && !names.ContainsKey(OtherNumber))
        {
            numbers.Add(OtherNumber);
        }

        var previews = ImmutableArray.CreateBuilder<ConfigNumberPreview>();
        foreach (var number in numbers)
        {
            var request = new CallRequest(number, CallRequest.DefaultCallerNumber, at);
            var before = Explained(await HearAsync(current, request, cancellationToken), number, liveData, instance);
            var after = Explained(await HearAsync(proposed, request, cancellationToken), number, desired, instance);
            var name = number == OtherNumber ? "any number without a row: the default row" : names[number];
            previews.Add(new ConfigNumberPreview(number, name, before, after));
        }

        return previews.ToImmutable();
    }

    /// <summary><paramref name="heard"/> and, when the number's row cannot be played (<see cref="NumberPlayability"/>), a last line saying
    /// why the call takes the error path: "ends disconnected" alone does not tell a reviewer that the queue is missing.</summary>
    private static ImmutableArray<string> Explained(ImmutableArray<string> heard, string number, RoutingData data, InstanceModel instance)
    {
        var row = data.DialedNumbers.FirstOrDefault(n => n.Number == number) ?? data.DialedNumbers.FirstOrDefault(n => n.Number == DialedNumber.DefaultKey);
        return row is not null && NumberPlayability.Problem(row, data, instance) is { } problem ? heard.Add($"error path: {problem}") : heard;
    }

    private static async Task<ImmutableArray<string>> HearAsync(LocalContactCenter center, CallRequest request, CancellationToken cancellationToken)
    {
        var result = await center.CallAsync(request, cancellationToken);
        var ending = result.Outcome switch
        {
            CallOutcome.Queued => $"ends queued in {result.Queue?.Name ?? "?"}",
            CallOutcome.Error => $"ends in error: {result.Diagnostics.LastOrDefault(d => d.IsError)?.Message ?? "(no diagnostic)"}",
            _ => $"ends {result.OutcomeName}",
        };
        return [.. result.Prompts.Select(p => $"[{p.Voice}] {p.Text}"), ending];
    }
}
