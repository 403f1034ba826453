using System.Collections.Immutable;
using System.Text;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Expressions;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>Groups the walk's cases into <see cref="DataClass"/>es, so the flows × data walk grows with what differs between the
/// numbers, not with how many there are (issue #15). Two cases are one class when they start in the same flow, in the same
/// environment, and their rows give the same language, queue and, when a flow reads it, name.</summary>
/// <remarks>Why that key is enough: the walk's contact differs between cases only by the dialed number, the environment and what the
/// routing functions answer; the three routing handlers read the number only to find its row, so their answers differ only by the
/// row's fields (the name, queue and language, DESIGN.md §4). The number itself is left out unless a flow <em>uses</em> it: an action
/// that reads <c>$.SystemEndpoint</c> other than to copy it into a contact attribute, or reads an attribute copied from it (the
/// shipped InitFlow only saves it as <c>DialedNumber</c>). Then every number is its own class, which is the per-number walk.</remarks>
internal static class DataClasses
{
    private const string CopyAction = "UpdateContactAttributes";

    /// <summary>One class per case: the per-number walk, kept for comparison and the benchmarks' baseline.</summary>
    public static ImmutableArray<DataClass> PerCase(ImmutableArray<DataCase> cases, RoutingData routing)
    {
        var rows = Rows(routing);
        return [.. cases.Select((c, i) => new DataClass([c], [i], VariableBytes(c, rows)))];
    }

    /// <summary>The classes of <paramref name="cases"/>, in the order of each class's first member.</summary>
    public static ImmutableArray<DataClass> Group(ImmutableArray<DataCase> cases, RoutingData routing, InstanceModel instance, IEnumerable<LintedFlow> flows)
    {
        var reads = Reads(flows);
        var rows = Rows(routing);
        var order = new List<(List<DataCase> Members, List<int> Positions)>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cases.Length; i++)
        {
            var key = Key(cases[i], rows.GetValueOrDefault(cases[i].Row), instance, reads);
            if (!byKey.TryGetValue(key, out var index))
            {
                byKey[key] = index = order.Count;
                order.Add(([], []));
            }

            order[index].Members.Add(cases[i]);
            order[index].Positions.Add(i);
        }

        return [.. order.Select(c => new DataClass([.. c.Members], [.. c.Positions], c.Members.Max(m => VariableBytes(m, rows))))];
    }

    /// <summary>The class key of one case: what the walk of that case depends on. A NUL separates the parts (no field holds one).</summary>
    internal static string Key(DataCase dataCase, DialedNumber? row, InstanceModel instance, FlowReads reads)
    {
        var start = instance.PhoneNumbers.GetValueOrDefault(dataCase.Number) ?? instance.DefaultFlow ?? "";
        var name = reads.Name ? row?.Name ?? "" : "";
        var number = reads.Number ? dataCase.Number : "";
        return string.Join('\0', start, dataCase.Environment, dataCase.Language, row?.Queue ?? "", name, number);
    }

    /// <summary>What the flows read of what differs between numbers.</summary>
    /// <param name="Name">A flow reads the row's name (<c>$.External.name</c>).</param>
    /// <param name="Number">A flow uses the dialed number itself (see the class remarks).</param>
    internal sealed record FlowReads(bool Name, bool Number);

    internal static FlowReads Reads(IEnumerable<LintedFlow> flows)
    {
        var name = false;
        var numberCopies = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var attributeReads = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var numberUsed = false;
        foreach (var action in flows.Where(f => f.Model is not null).SelectMany(f => f.Model!.Actions))
        {
            foreach (var (field, value) in ParameterStrings.Enumerate(action.Parameters))
            {
                foreach (var path in AttributePath.FindAll(value))
                {
                    var root = path.Root;
                    var key = path.Segments.Length >= 2 ? path.Segments[1] : "";
                    if (root.Equals("External", StringComparison.OrdinalIgnoreCase) && key.Equals("name", StringComparison.OrdinalIgnoreCase)) name = true;
                    if (root.Equals("Attributes", StringComparison.OrdinalIgnoreCase)) attributeReads.Add(key);
                    if (!root.Equals("SystemEndpoint", StringComparison.OrdinalIgnoreCase)) continue;
                    // Copying the number into an attribute changes nothing the caller meets; what reads that attribute might.
                    const string attributes = "Parameters.Attributes.";
                    if (action.Type == CopyAction && field.StartsWith(attributes, StringComparison.Ordinal)) numberCopies.Add(field[attributes.Length..]);
                    else numberUsed = true;
                }
            }
        }

        return new FlowReads(name, numberUsed || numberCopies.Overlaps(attributeReads));
    }

    /// <summary>The rows by number (the first of duplicates, which the validator reports: the functions read one row per key too).</summary>
    private static Dictionary<string, DialedNumber> Rows(RoutingData routing) =>
        routing.DialedNumbers.GroupBy(r => r.Number, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static int VariableBytes(DataCase dataCase, Dictionary<string, DialedNumber> rows)
    {
        var name = rows.GetValueOrDefault(dataCase.Row)?.Name ?? "";
        return Encoding.UTF8.GetByteCount(name) + Encoding.UTF8.GetByteCount(dataCase.Number);
    }
}
