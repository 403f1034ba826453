using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Layout;

/// <summary>Where the designer draws one flow: the entry point and one position per action Identifier.</summary>
/// <param name="EntryPoint">The position of the entry point (<c>Metadata.entryPointPosition</c>).</param>
/// <param name="Actions">The position of each action (<c>Metadata.ActionMetadata[id].position</c>), ordered by Identifier.</param>
public sealed record FlowPositions(DesignerPosition EntryPoint, ImmutableSortedDictionary<string, DesignerPosition> Actions)
{
    /// <summary>The pairs of blocks (entry point named <c>entry point</c>) whose boxes of <see cref="LayeredLayout.BlockWidth"/> by
    /// <see cref="LayeredLayout.BlockHeight"/> overlap, each pair once, in a stable order.</summary>
    public ImmutableArray<(string First, string Second)> Overlaps()
    {
        var blocks = new List<(string Name, DesignerPosition At)> { ("entry point", EntryPoint) };
        blocks.AddRange(Actions.Select(a => (a.Key, a.Value)));
        var overlaps = ImmutableArray.CreateBuilder<(string, string)>();
        for (var i = 0; i < blocks.Count; i++)
        {
            for (var j = i + 1; j < blocks.Count; j++)
            {
                if (Math.Abs(blocks[i].At.X - blocks[j].At.X) < LayeredLayout.BlockWidth && Math.Abs(blocks[i].At.Y - blocks[j].At.Y) < LayeredLayout.BlockHeight)
                {
                    overlaps.Add((blocks[i].Name, blocks[j].Name));
                }
            }
        }

        return overlaps.ToImmutable();
    }
}
