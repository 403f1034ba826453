using System.Collections.Immutable;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Storage.Config;

/// <summary>One row a plan adds, changes or removes, with the attributes it saw and the attributes it will write.</summary>
/// <param name="Table">The routing table the row is in.</param>
/// <param name="Key">The row's key (environment, dialed number or language).</param>
/// <param name="Kind">Whether the row is added, changed or removed.</param>
/// <param name="Before">The live row's attributes (key excluded) when the plan read it; null for an add. Apply writes only while the row still has exactly these values.</param>
/// <param name="After">The attributes to write (key excluded); null for a remove.</param>
public sealed record RowChange(
    RoutingTable Table,
    string Key,
    RowChangeKind Kind,
    ImmutableSortedDictionary<string, string>? Before,
    ImmutableSortedDictionary<string, string>? After)
{
    /// <summary>Every attribute whose value differs, by name: all of them for an add or a remove.</summary>
    public ImmutableArray<AttributeChange> AttributeChanges
    {
        get
        {
            var before = Before ?? ImmutableSortedDictionary<string, string>.Empty;
            var after = After ?? ImmutableSortedDictionary<string, string>.Empty;
            return [.. before.Keys.Union(after.Keys, StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .Select(name => new AttributeChange(name, before.GetValueOrDefault(name), after.GetValueOrDefault(name)))
                .Where(change => !string.Equals(change.Before, change.After, StringComparison.Ordinal))];
        }
    }

    /// <summary>Equal when table, key, kind and both attribute sets are equal.</summary>
    public bool Equals(RowChange? other) =>
        other is not null
        && Table == other.Table
        && string.Equals(Key, other.Key, StringComparison.Ordinal)
        && Kind == other.Kind
        && SameAttributes(Before, other.Before)
        && SameAttributes(After, other.After);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Table, Key, Kind);

    private static bool SameAttributes(ImmutableSortedDictionary<string, string>? a, ImmutableSortedDictionary<string, string>? b) =>
        a is null ? b is null : b is not null && a.SequenceEqual(b);
}
