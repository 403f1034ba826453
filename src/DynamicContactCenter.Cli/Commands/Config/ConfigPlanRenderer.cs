using DynamicContactCenter.Local.Preview;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.Config;
using Spectre.Console;

namespace DynamicContactCenter.Cli.Commands.Config;

/// <summary>
/// Shows a <see cref="ConfigPlan"/> per table as a diff: <c>+</c> added, <c>~</c> changed, <c>-</c> removed rows, and for
/// each row the attributes that differ. Coloured on a terminal; plain, unwrapped text otherwise, so a log or a pull
/// request comment reads like a diff.
/// </summary>
internal static class ConfigPlanRenderer
{
    // The order a reader thinks in (what callers reach first); apply uses the plan's own order.
    private static readonly RoutingTable[] TableOrder = [RoutingTable.DialedNumbers, RoutingTable.Prompts, RoutingTable.Environments];

    public static void Render(ConfigPlan plan, ConfigTables tables, CliContext context)
    {
        foreach (var table in TableOrder)
        {
            var changes = plan.ChangesIn(table).ToList();
            var counts = changes.Count == 0
                ? "no changes"
                : $"{changes.Count(c => c.Kind == RowChangeKind.Add)} to add, {changes.Count(c => c.Kind == RowChangeKind.Change)} to change, {changes.Count(c => c.Kind == RowChangeKind.Remove)} to remove";
            Line(context, "bold", $"{table} ({tables.Names.NameOf(table)}): {counts}");
            foreach (var change in changes)
            {
                Row(context, change);
            }

            Line(context, "", "");
        }

        Line(context, "bold", Summary(plan));
    }

    public static string Summary(ConfigPlan plan) => plan.HasChanges
        ? $"Plan: {plan.Adds} to add, {plan.Updates} to change, {plan.Removes} to remove."
        : "No changes: the tables match the file.";

    public static string Symbol(RowChangeKind kind) => kind switch
    {
        RowChangeKind.Add => "+",
        RowChangeKind.Remove => "-",
        _ => "~",
    };

    public static string Colour(RowChangeKind kind) => kind switch
    {
        RowChangeKind.Add => "green",
        RowChangeKind.Remove => "red",
        _ => "yellow",
    };

    /// <summary>Writes one line: as markup in <paramref name="style"/> when the console shows colour, else as plain text.</summary>
    /// <remarks>Escaped (<see cref="DisplayText"/>): values come from the file and from the live tables, and a CR or ESC in a
    /// prompt must not make a reviewer see another value than the one applied.</remarks>
    public static void Line(CliContext context, string style, string text)
    {
        text = DisplayText.Escape(text);
        if (context.Out.Profile.Capabilities.Ansi && style.Length > 0 && text.Length > 0)
        {
            context.Out.MarkupLine($"[{style}]{Markup.Escape(text)}[/]");
        }
        else
        {
            context.WriteRaw(text);
        }
    }

    private static void Row(CliContext context, RowChange change)
    {
        var verb = change.Kind switch
        {
            RowChangeKind.Add => "add",
            RowChangeKind.Remove => "remove",
            _ => "change",
        };
        Line(context, Colour(change.Kind), $"  {Symbol(change.Kind)} {change.Key} ({verb})");
        foreach (var attribute in change.AttributeChanges)
        {
            switch (attribute)
            {
                case { Before: null }:
                    Line(context, "green", $"      + {attribute.Name}: {attribute.After}");
                    break;
                case { After: null }:
                    Line(context, "red", $"      - {attribute.Name}: {attribute.Before}");
                    break;
                default:
                    // Old and new on lines of their own, one under the other, so a changed word in a long prompt stands out.
                    Line(context, "yellow", $"      ~ {attribute.Name}:");
                    Line(context, "red", $"          - {attribute.Before}");
                    Line(context, "green", $"          + {attribute.After}");
                    break;
            }
        }
    }

    /// <summary>Per number, what callers will hear differently: only the lines that differ, <c>-</c> today and <c>+</c> after the apply.</summary>
    public static void RenderPreview(IReadOnlyList<ConfigNumberPreview> previews, DateTimeOffset at, CliContext context)
    {
        Line(context, "bold", $"Preview: what callers hear, for a call to each number at {at.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture)}");
        foreach (var preview in previews)
        {
            if (!preview.Changed)
            {
                Line(context, "", $"  = {preview.Number} ({preview.Name}): no difference");
                continue;
            }

            Line(context, "yellow", $"  ~ {preview.Number} ({preview.Name})");
            foreach (var (mark, text) in preview.Diff().Where(d => d.Mark != ' '))
            {
                Line(context, mark == '+' ? "green" : "red", $"      {mark} {text}");
            }
        }

        Line(context, "", "");
        Line(context, "bold", $"Preview: {previews.Count(p => p.Changed)} of {previews.Count} numbers sound different.");
    }
}
