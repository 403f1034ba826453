using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Functions.Seeding;

/// <summary>
/// Tells the team which rows SeedTables kept because they were changed outside the stack (<c>dcc config apply</c>, an edit): one
/// note per row on the invocation's log line, and one short line for the stack event (the answer's Reason).
/// </summary>
/// <remarks>
/// The stack event carries the count and the first <see cref="ShownInReason"/> keys only: the whole answer must fit CloudFormation's
/// 4 KB, and the log line has every key. A SUCCESS answer's Reason is what the console shows as the event's status reason, so it
/// is the one place a person deploying sees it; no <c>Data</c> is returned, because nothing in the template reads it.
/// </remarks>
internal static class SeedKeptRows
{
    /// <summary>How many kept keys the stack event names.</summary>
    public const int ShownInReason = 5;

    /// <summary>Notes each kept row on <paramref name="call"/>; the stack event's reason, or null when no row was kept.</summary>
    public static string? Report(RoutingKeys kept, FunctionCall call)
    {
        // Numbers first: a team changes a number's queue or name far more often than a language or an environment.
        var rows = kept.DialedNumbers.Select(k => (Table: RoutingTable.DialedNumbers, Key: k))
            .Concat(kept.Languages.Select(k => (Table: RoutingTable.Prompts, Key: k)))
            .Concat(kept.Environments.Select(k => (Table: RoutingTable.Environments, Key: k)))
            .ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        foreach (var (table, key) in rows)
        {
            call.Notes.Add(FunctionMessages.SeedKeptRow.CodedMessage(table, LoggedText.Cap(key, 200)));
        }

        var shown = string.Join(", ", rows.Take(ShownInReason).Select(r => LoggedText.Cap(r.Key, 200)));
        return FunctionMessages.SeedKeptRows.CodedMessage(rows.Count, rows.Count > ShownInReason ? shown + ", ..." : shown);
    }
}
