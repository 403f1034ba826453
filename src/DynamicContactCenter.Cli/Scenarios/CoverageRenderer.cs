using DynamicContactCenter.Flows.Coverage;
using DynamicContactCenter.Flows.Model;
using Spectre.Console;

namespace DynamicContactCenter.Cli.Scenarios;

/// <summary>Renders action and branch coverage for people (<c>dcc test --coverage</c>, <c>dcc explore</c>): a line per flow with its
/// figures, then every action no call ran and every branch no call took (each action by its <see cref="ActionLabel"/>), then the totals.</summary>
internal static class CoverageRenderer
{
    /// <summary>Writes <paramref name="report"/>; <paramref name="reasons"/> says, per gap, why it was not reached (exploration knows,
    /// scenarios do not).</summary>
    /// <param name="console">Where to write.</param>
    /// <param name="report">The coverage.</param>
    /// <param name="display">How a flow's file is shown (relative to the working folder).</param>
    /// <param name="reasons">Why a gap was not reached, when known.</param>
    public static void Render(IAnsiConsole console, CoverageReport report, Func<string, string> display, Func<FlowCoverage, CoverageGap, string?>? reasons = null)
    {
        console.WriteLine();
        console.MarkupLine("[bold]coverage[/]");
        foreach (var flow in report.Flows)
        {
            var file = flow.Flow.File is { } path ? $" [grey]({Markup.Escape(display(path))})[/]" : "";
            console.MarkupLine($"  {Markup.Escape(flow.Flow.Name)}{file}: actions {CoverageFigures.Text(flow.ActionsCovered, flow.Actions)}, "
                + $"branches {CoverageFigures.Text(flow.BranchesCovered, flow.Branches)}");
            var neverRan = flow.Uncovered.Where(g => g.Branch is null).Select(g => g.ActionId).ToHashSet(StringComparer.Ordinal);
            // An action that never ran says so once; its branches are implied.
            foreach (var gap in flow.Uncovered.Where(g => g.Branch is null || !neverRan.Contains(g.ActionId)))
            {
                var what = gap.Branch is null ? "never ran" : $"branch {gap.Branch} never taken";
                var why = reasons?.Invoke(flow, gap) is { } reason ? $" [grey]({Markup.Escape(reason)})[/]" : "";
                console.MarkupLine($"    [yellow]uncovered[/] '{Markup.Escape(Label(flow, gap))}' ({Markup.Escape(gap.ActionType)}): {Markup.Escape(what)}{why}");
            }
        }

        console.MarkupLine($"  total: actions {CoverageFigures.Text(report.ActionsCovered, report.Actions)}, "
            + $"branches {CoverageFigures.Text(report.BranchesCovered, report.Branches)}");
        if (report.Excluded > 0) RenderExcluded(console, report);
    }

    /// <summary>The gap's action as graphs and transcripts name it (<see cref="ActionLabel"/>): a designer export's UUID becomes what the
    /// block does (<c>says "…"</c>, <c>compare $.External.status</c>); our named actions keep their names.</summary>
    private static string Label(FlowCoverage flow, CoverageGap gap) =>
        flow.Flow.FindAction(gap.ActionId) is { } action ? ActionLabel.Of(action) : gap.ActionId;

    /// <summary>What the figures leave out as unreachable (a scenario file's <c>unreachable:</c>): how many, and why, grouped by reason.</summary>
    private static void RenderExcluded(IAnsiConsole console, CoverageReport report)
    {
        var excluded = report.Flows.SelectMany(f => f.Excluded).ToList();
        console.MarkupLine($"  excluded as unreachable: {excluded.Count(e => e.Branch is null)} action(s), {excluded.Count(e => e.Branch is not null)} branch(es), not counted above:");
        foreach (var reason in excluded.GroupBy(e => e.Reason, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            console.MarkupLine($"    {reason.Count()} [grey]{Markup.Escape(reason.Key)}[/]");
        }
    }
}
