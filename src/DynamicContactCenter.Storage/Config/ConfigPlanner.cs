using System.Collections.Immutable;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Routing.Validation;
using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Storage.Config;

/// <summary>Compares a routing file's data with the live tables and orders the row changes so that every intermediate state is valid.</summary>
/// <remarks>
/// The order is: languages added or changed; numbers added or changed (their languages now exist); numbers removed;
/// languages removed (no remaining number uses them); then environments, added or changed before removed. A write
/// changes a whole row, so a changed row is valid before and after it. Each group is in key order, so a plan repeats.
/// </remarks>
public static class ConfigPlanner
{
    /// <summary>The plan that turns <paramref name="live"/> into <paramref name="desired"/>.</summary>
    /// <param name="desired">The data from the routing file; it must be valid (e.g. <c>Result&lt;RoutingData&gt;.Value</c> from <c>RoutingYamlLoader</c>).</param>
    /// <param name="live">The rows the tables hold now.</param>
    /// <exception cref="ArgumentException">The desired data has validation errors: a plan to write invalid data is never made.</exception>
    public static ConfigPlan Plan(RoutingData desired, RoutingRows live)
    {
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(live);
        var errors = RoutingValidator.Validate(desired).Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException(ConfigMessages.InvalidData.CodedMessage(Environment.NewLine + string.Join(Environment.NewLine, errors)), nameof(desired));
        }

        var languages = Diff(RoutingTable.Prompts, Rows(live.Languages, l => l.Language, RowAttributes.Of), Rows(desired.Languages, l => l.Language, RowAttributes.Of));
        var numbers = Diff(RoutingTable.DialedNumbers, Rows(live.DialedNumbers, n => n.Number, RowAttributes.Of), Rows(desired.DialedNumbers, n => n.Number, RowAttributes.Of));
        var environments = Diff(RoutingTable.Environments, Rows(live.Environments, e => e.Environment, RowAttributes.Of), Rows(desired.Environments, e => e.Environment, RowAttributes.Of));

        return new ConfigPlan([
            .. languages.Where(IsWrite),
            .. numbers.Where(IsWrite),
            .. numbers.Where(IsRemove),
            .. languages.Where(IsRemove),
            .. environments.Where(IsWrite),
            .. environments.Where(IsRemove),
        ])
        {
            Desired = desired,
        };
    }

    private static bool IsWrite(RowChange change) => change.Kind != RowChangeKind.Remove;

    private static bool IsRemove(RowChange change) => change.Kind == RowChangeKind.Remove;

    private static Dictionary<string, ImmutableSortedDictionary<string, string>> Rows<T>(
        IEnumerable<T> rows, Func<T, string> key, Func<T, ImmutableSortedDictionary<string, string>> attributes) =>
        rows.ToDictionary(key, attributes, StringComparer.Ordinal);

    private static List<RowChange> Diff(
        RoutingTable table,
        Dictionary<string, ImmutableSortedDictionary<string, string>> live,
        Dictionary<string, ImmutableSortedDictionary<string, string>> desired)
    {
        var changes = new List<RowChange>();
        foreach (var key in live.Keys.Union(desired.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var before = live.GetValueOrDefault(key);
            var after = desired.GetValueOrDefault(key);
            if (before is null)
            {
                changes.Add(new RowChange(table, key, RowChangeKind.Add, null, after));
            }
            else if (after is null)
            {
                changes.Add(new RowChange(table, key, RowChangeKind.Remove, before, null));
            }
            else if (!before.SequenceEqual(after))
            {
                changes.Add(new RowChange(table, key, RowChangeKind.Change, before, after));
            }
        }

        return changes;
    }
}
