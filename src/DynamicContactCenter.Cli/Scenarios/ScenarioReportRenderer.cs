using DynamicContactCenter.Cli.Rendering;
using DynamicContactCenter.Flows.Scenarios;
using DynamicContactCenter.Local.Scenarios;
using Spectre.Console;

namespace DynamicContactCenter.Cli.Scenarios;

/// <summary>Renders scenario results for people: a ✓/✗ line per scenario under its file; for a failure, each expectation as expected vs
/// actual and the call's transcript; and last, exactly <c>N passed, N failed</c>.</summary>
internal static class ScenarioReportRenderer
{
    public static void Suite(IAnsiConsole console, string name)
    {
        console.WriteLine();
        console.MarkupLine($"[bold]{Markup.Escape(name)}[/]");
    }

    public static void Scenario(IAnsiConsole console, ScenarioOutcome outcome)
    {
        var name = Markup.Escape(outcome.Scenario.Name);
        var faults = outcome.Scenario.Faults.IsEmpty ? "" : $" [grey](faults: {Markup.Escape(string.Join(", ", outcome.Scenario.Faults))})[/]";
        if (outcome.Passed)
        {
            console.MarkupLine($"  [green]✓[/] {name}{faults}");
            return;
        }

        var where = outcome.Scenario.File is null ? "" : $" [grey]({Markup.Escape(outcome.Scenario.File)}:{outcome.Scenario.Line})[/]";
        console.MarkupLine($"  [red]✗ {name}[/]{faults}{where}");
        foreach (var failure in outcome.Failures)
        {
            console.MarkupLine($"      [bold]{Markup.Escape(failure.Key)}[/]");
            console.MarkupLine($"        expected: {Markup.Escape(failure.Expected)}");
            console.MarkupLine($"        actual:   [red]{Markup.Escape(failure.Actual)}[/]");
        }

        console.MarkupLine("      [grey]transcript:[/]");
        TranscriptRenderer.Render(console, outcome.Request, outcome.Result);
        console.WriteLine();
    }

    public static void Summary(IAnsiConsole console, int passed, int failed)
    {
        console.WriteLine();
        // The last line is exactly "N passed, N failed" (no markup in it) so scripts and CI logs can read it.
        console.WriteLine($"{passed} passed, {failed} failed");
    }
}
