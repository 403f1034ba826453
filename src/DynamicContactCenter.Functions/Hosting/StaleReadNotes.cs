using System.Globalization;
using DynamicContactCenter.Routing;

namespace DynamicContactCenter.Functions.Hosting;

/// <summary>Turns the cache's stale reads into notes on the current invocation's log line (DESIGN.md §4: "the error logged").</summary>
public static class StaleReadNotes
{
    /// <summary>The callback to give <c>CachingRoutingStore</c>: notes <paramref name="stale"/> on the invocation running now.</summary>
    public static void Record(StaleRead stale)
    {
        ArgumentNullException.ThrowIfNull(stale);
        CurrentInvocation.AddNote(Format(stale));
    }

    /// <summary>The note text: table, key, age and the store error that was absorbed.</summary>
    public static string Format(StaleRead stale)
    {
        ArgumentNullException.ThrowIfNull(stale);
        return string.Create(CultureInfo.InvariantCulture,
            $"served a stale {stale.Table} row '{stale.Key}' ({stale.Age.TotalSeconds:0} s old) because the store failed: {stale.Error.Message}");
    }
}
