using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Routing.Diagnostics;
using Spectre.Console;

namespace DynamicContactCenter.Cli.Rendering;

/// <summary>Renders lint findings for people: one line per finding (severity, rule, where, what) with its fix underneath, then a summary.</summary>
internal static class LintRenderer
{
    public static void Render(IAnsiConsole console, LintReport report)
    {
        foreach (var finding in report.Findings)
        {
            var colour = finding.IsError ? "red" : "yellow";
            console.MarkupLine($"[{colour}]{(finding.IsError ? "error" : "warning")} {finding.Rule.Id}[/] [bold]{Markup.Escape(finding.Rule.Name)}[/] "
                + Markup.Escape(DisplayText.Escape(finding.Location.Prefix + finding.Message)));
            console.MarkupLine($"  [grey]fix:[/] {Markup.Escape(DisplayText.Escape(finding.FixHint))}");
        }

        var checkedWhat = $"{report.FlowsChecked.Length} flow(s) and the routing data, {report.CasesWalked.Length} number/language/environment case(s) walked"
            + (report.Baselined > 0 ? $"; {report.Baselined} baselined finding(s) not shown" : "");
        console.MarkupLine(report.Findings.IsEmpty
            ? $"[green]No findings[/] in {Markup.Escape(checkedWhat)}."
            : $"[{(report.HasErrors ? "red" : "yellow")}]{report.ErrorCount} error(s), {report.WarningCount} warning(s)[/] in {Markup.Escape(checkedWhat)}.");
    }
}
