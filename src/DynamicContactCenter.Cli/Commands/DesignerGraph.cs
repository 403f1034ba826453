using System.CommandLine;
using DynamicContactCenter.Flows.Graph;
using DynamicContactCenter.Flows.Layout;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Cli.Commands;

/// <summary><c>dcc graph FLOW --layout designer</c>: DOT with every block pinned where the flow file's designer positions put it.</summary>
internal static class DesignerGraph
{
    /// <summary>The <c>--layout</c> option: <c>auto</c> (Graphviz or Mermaid place the blocks) or <c>designer</c>.</summary>
    public static Option<string> Option()
    {
        var option = new Option<string>("--layout")
        {
            Description = "auto (the renderer places the blocks) or designer (DOT only: each block at the flow file's designer positions; render with dot -Tsvg).",
            DefaultValueFactory = _ => "auto",
        };
        option.AcceptOnlyFromAmong("auto", "designer");
        return option;
    }

    /// <summary>The DOT style pinned at <paramref name="flow"/>'s stored positions, or null after writing why it cannot be drawn so.</summary>
    public static async Task<GraphStyle?> StyleAsync(CliContext context, FlowModel flow, string format)
    {
        if (!string.Equals(format, "dot", StringComparison.OrdinalIgnoreCase))
        {
            await context.Error.WriteLineAsync("error: --layout designer draws one flow file as DOT: give --format dot.");
            return null;
        }

        if (flow.File is not { } file)
        {
            await context.Error.WriteLineAsync($"error: {flow.Name} was not read from a file, so it has no designer positions to draw.");
            return null;
        }

        var json = await File.ReadAllTextAsync(file);
        var problems = DesignerPositionReader.Problems(flow, json);
        if (!problems.IsEmpty)
        {
            await context.Error.WriteLineAsync($"error: {file}: {string.Join("; ", problems)}; run dcc layout {file} first.");
            return null;
        }

        var (entry, actions) = DesignerPositionReader.Read(json);
        return new DotStyle(new FlowPositions(entry!.Value, actions));
    }
}
