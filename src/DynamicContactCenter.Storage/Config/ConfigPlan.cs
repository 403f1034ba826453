using System.Collections.Immutable;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Storage.Config;

/// <summary>
/// What <c>dcc config apply</c> would do to make the live tables match a routing file: the row changes in the order
/// they are applied, an order in which every intermediate state of the tables is valid (see <see cref="ConfigPlanner"/>).
/// </summary>
/// <param name="Changes">The row changes, in apply order; empty when the tables already match.</param>
public sealed record ConfigPlan(ImmutableArray<RowChange> Changes)
{
    /// <summary>A plan with nothing to do.</summary>
    public static ConfigPlan Empty { get; } = new([]);

    /// <summary>
    /// The routing data the plan was made for (set by <see cref="ConfigPlanner"/>): apply plans again from it under its
    /// lock and writes only if that plan is this one, i.e. the tables are still as this plan saw them.
    /// </summary>
    public RoutingData? Desired { get; init; }

    /// <summary>Whether applying would write anything.</summary>
    public bool HasChanges => !Changes.IsEmpty;

    /// <summary>How many rows would be added.</summary>
    public int Adds => Changes.Count(c => c.Kind == RowChangeKind.Add);

    /// <summary>How many rows would be changed.</summary>
    public int Updates => Changes.Count(c => c.Kind == RowChangeKind.Change);

    /// <summary>How many rows would be removed.</summary>
    public int Removes => Changes.Count(c => c.Kind == RowChangeKind.Remove);

    /// <summary>The changes to one table, ordered by key (for showing per table; apply keeps <see cref="Changes"/>' order).</summary>
    public IEnumerable<RowChange> ChangesIn(RoutingTable table) =>
        Changes.Where(c => c.Table == table).OrderBy(c => c.Key, StringComparer.Ordinal);

    /// <summary>
    /// <see cref="Changes"/> cut into the steps of the safe order (see <see cref="ConfigPlanner"/>): runs of changes to
    /// one table that are all writes or all removes. Rows of one step do not depend on each other (a language never
    /// depends on a language, nor a number on a number), so apply may write them in any order or at once; a step
    /// starts only when the one before it has ended, which keeps every state between steps valid.
    /// </summary>
    public IEnumerable<ImmutableArray<RowChange>> Steps()
    {
        var start = 0;
        for (var i = 1; i <= Changes.Length; i++)
        {
            if (i == Changes.Length || !SameStep(Changes[i - 1], Changes[i]))
            {
                yield return Changes[start..i];
                start = i;
            }
        }
    }

    private static bool SameStep(RowChange a, RowChange b) =>
        a.Table == b.Table && (a.Kind == RowChangeKind.Remove) == (b.Kind == RowChangeKind.Remove);

    /// <summary>Equal when the same changes are listed in the same order (<see cref="Desired"/> is where they came from, not part of what they are).</summary>
    public bool Equals(ConfigPlan? other) => other is not null && Changes.SequenceEqual(other.Changes);

    /// <inheritdoc />
    public override int GetHashCode() => Changes.Length;
}
