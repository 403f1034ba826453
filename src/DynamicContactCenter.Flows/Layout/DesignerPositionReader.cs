using System.Collections.Immutable;
using System.Text.Json;

namespace DynamicContactCenter.Flows.Layout;

/// <summary>Reads the designer positions a flow document carries: the lowercase keys console exports write
/// (<c>Metadata.entryPointPosition{x,y}</c>, <c>Metadata.ActionMetadata[id].position{x,y}</c>; see
/// shared reference connect-platform.md §3). Capitalised keys are not read: <c>dcc layout</c> writes the lowercase ones.</summary>
public static class DesignerPositionReader
{
    /// <summary>The positions stored in a flow file's text (see the overload below), read as every flow file is read.</summary>
    /// <param name="json">The flow file's text.</param>
    public static (DesignerPosition? EntryPoint, ImmutableSortedDictionary<string, DesignerPosition> Actions) Read(string json)
    {
        using var document = JsonDocument.Parse(json, Parsing.FlowParser.DocumentOptions);
        return Read(document.RootElement);
    }

    /// <summary>The entry point's position (null when absent) and the position of each action that has one.</summary>
    /// <param name="document">The flow document's root.</param>
    public static (DesignerPosition? EntryPoint, ImmutableSortedDictionary<string, DesignerPosition> Actions) Read(JsonElement document)
    {
        var actions = ImmutableSortedDictionary.CreateBuilder<string, DesignerPosition>(StringComparer.Ordinal);
        if (document.ValueKind != JsonValueKind.Object || !document.TryGetProperty("Metadata", out var metadata) || metadata.ValueKind != JsonValueKind.Object)
        {
            return (null, actions.ToImmutable());
        }

        var entry = metadata.TryGetProperty("entryPointPosition", out var entryElement) ? PositionOf(entryElement) : null;
        if (metadata.TryGetProperty("ActionMetadata", out var actionMetadata) && actionMetadata.ValueKind == JsonValueKind.Object)
        {
            foreach (var action in actionMetadata.EnumerateObject())
            {
                if (action.Value.ValueKind == JsonValueKind.Object && action.Value.TryGetProperty("position", out var position) && PositionOf(position) is { } at)
                {
                    actions[action.Name] = at;
                }
            }
        }

        return (entry, actions.ToImmutable());
    }

    /// <summary>What is wrong with the positions of <paramref name="flow"/>'s document: the actions without one (by Identifier) and
    /// the pairs of blocks that overlap; empty when the designer can draw it as laid out. The one rule lint and package share.</summary>
    /// <param name="flow">The parsed flow.</param>
    /// <param name="json">Its file's text.</param>
    public static ImmutableArray<string> Problems(Model.FlowModel flow, string json)
    {
        using var document = JsonDocument.Parse(json, Parsing.FlowParser.DocumentOptions);
        return Problems(flow, document.RootElement);
    }

    /// <summary>What is wrong with the positions of <paramref name="flow"/>'s document (see the overload above).</summary>
    /// <param name="flow">The parsed flow.</param>
    /// <param name="document">Its document's root.</param>
    public static ImmutableArray<string> Problems(Model.FlowModel flow, JsonElement document)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var (entry, actions) = Read(document);
        var problems = ImmutableArray.CreateBuilder<string>();
        var missing = flow.Actions.Select(a => a.Identifier).Where(id => !actions.ContainsKey(id)).ToList();
        if (entry is null)
        {
            problems.Add("no Metadata.entryPointPosition");
        }

        if (missing.Count > 0)
        {
            problems.Add($"no Metadata.ActionMetadata position for {missing.Count} action(s): '{string.Join("', '", missing.Take(3))}'{(missing.Count > 3 ? ", ..." : "")}");
        }

        if (entry is { } entryPoint)
        {
            var placed = actions.Where(a => flow.FindAction(a.Key) is not null).ToImmutableSortedDictionary(StringComparer.Ordinal);
            foreach (var (first, second) in new FlowPositions(entryPoint, placed).Overlaps())
            {
                problems.Add($"blocks '{first}' and '{second}' overlap");
            }
        }

        return problems.ToImmutable();
    }

    private static DesignerPosition? PositionOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("x", out var x) && x.ValueKind == JsonValueKind.Number && x.TryGetInt32(out var xValue)
        && element.TryGetProperty("y", out var y) && y.ValueKind == JsonValueKind.Number && y.TryGetInt32(out var yValue)
            ? new DesignerPosition(xValue, yValue)
            : null;
}
