using System.Globalization;
using System.Text;

namespace DynamicContactCenter.Cli.Tests.Legacy;

/// <summary>The corpus figures as docs/corpus.md shows them, rendered from a <see cref="CorpusRun"/>: totals first, then one row per file.</summary>
internal static class CorpusFigures
{
    public const string Begin = "<!-- corpus:begin (rendered from the run by CorpusFigureTests) -->";
    public const string End = "<!-- corpus:end -->";

    /// <summary>Natural ends as a percentage of all files, rounded down to a tenth so it never claims more than the run did.</summary>
    public static decimal NaturalPercent(IReadOnlyList<CorpusCall> calls) =>
        calls.Count == 0 ? 0 : Math.Floor(calls.Count(c => c.EndedNaturally) * 1000m / calls.Count) / 10;

    public static string Render(IReadOnlyList<CorpusCall> calls)
    {
        var natural = calls.Where(c => c.EndedNaturally).ToList();
        var ends = string.Join(", ", natural.GroupBy(c => c.Outcome).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
        var text = new StringBuilder();
        text.AppendLine("| | files |");
        text.AppendLine("| --- | --- |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| corpus files | {calls.Count} (flow language {calls.Count(c => !c.Legacy)}, legacy {calls.Count(c => c.Legacy)}) |");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| end naturally | {natural.Count} of {calls.Count} ({NaturalPercent(calls).ToString("0.0", CultureInfo.InvariantCulture)}%): {ends} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| stop with a message naming flow, action and reason | {calls.Count(c => c.Outcome == "error")} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| crash | {calls.Count(c => c.Outcome == "crash")} |");
        text.AppendLine();
        text.AppendLine("| File | Format | Outcome | Stopped on |");
        text.AppendLine("| --- | --- | --- | --- |");
        foreach (var call in calls)
        {
            var stop = call.Stop is { } s ? $"{s.Code} at action `{s.Action}`: {Cell(s.Message)}" : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{call.File}` | {(call.Legacy ? "legacy" : "flow language")} | {call.Outcome} | {stop} |");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>A message inside a table cell: no pipes, no line breaks, and no machine-specific path (the docs are the same on every clone).</summary>
    private static string Cell(string message) =>
        message.Replace(CorpusFiles.Root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
