using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Amazon.DynamoDBv2.Model;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.Config;

namespace DynamicContactCenter.Storage.DynamoDb;

/// <summary>
/// The bookkeeping a seeding custom resource leaves on each row it puts: the attribute <c>dcc:seed</c>, a Map
/// <c>{ owner: physical resource id, digest: SHA-256 of the routing attributes written }</c>.
/// </summary>
/// <remarks>
/// <para>A Map and never a string, and named <c>dcc:</c>: the mapper, plan, export and handlers read every top-level STRING
/// attribute as routing data (a prompt, a function ARN) and skip other types, so the mark never reaches a caller.</para>
/// <para>Ownership rule: the last writer owns a row. The seeder's put makes it the seeder's (with this mark);
/// <c>dcc config apply</c> puts a changed row whole with string attributes only, which drops the mark, so a row a team
/// changed is no longer the seeder's, and no seeder puts over it again (<see cref="IsTakenOver"/>: a stack Update does not
/// revert a team's change; the team hands a row back by removing it). A digest rather than a copy of the values: it proves "still holds what it wrote"
/// (also after an edit that kept the mark, e.g. in the console) without doubling a row's size.</para>
/// <para>Hand-back rule (replace, then roll back): when a resource puts a row another resource's mark is on, the mark keeps
/// that row as it was under <c>previous: { owner, row }</c>. CloudFormation creates a replacement before it deletes the old
/// resource, and a failed update deletes the NEW one while the old one stays live: that Delete puts the previous row back
/// instead of deleting it. When the update succeeds, the old resource's Delete releases its claim (removes <c>previous</c>),
/// so a later Delete of the new one removes the row as usual. One level only: the previous row is kept without its own
/// <c>previous</c>, so a row never grows past two copies.</para>
/// </remarks>
public static class SeedOwnerMark
{
    /// <summary>The attribute name; <c>dcc:</c> cannot clash with a prompt or function name (those are identifiers).</summary>
    public const string Attribute = "dcc:seed";

    internal const string OwnerField = "owner";
    internal const string DigestField = "digest";
    internal const string PreviousField = "previous";
    internal const string RowField = "row";

    /// <summary>The mark for a row whose routing attributes (key excluded) are <paramref name="attributes"/>.</summary>
    /// <param name="owner">The resource putting the row.</param>
    /// <param name="attributes">The row's routing attributes.</param>
    /// <param name="existing">The row as it is in the table before this put, or null when there is none: another resource's row
    /// is kept as <c>previous</c>, and the owner's own earlier row passes its <c>previous</c> on.</param>
    internal static AttributeValue For(string owner, ImmutableSortedDictionary<string, string> attributes, Dictionary<string, AttributeValue>? existing = null)
    {
        var fields = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            [OwnerField] = new AttributeValue(owner),
            [DigestField] = new AttributeValue(Digest(attributes)),
        };
        if (existing is not null && Read(existing) is { } mark)
        {
            var previous = mark.Owner == owner ? PreviousOf(existing) : new AttributeValue
            {
                M = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
                {
                    [OwnerField] = new AttributeValue(mark.Owner),
                    [RowField] = new AttributeValue { M = WithoutPrevious(existing) },
                },
            };
            if (previous is not null)
            {
                fields[PreviousField] = previous;
            }
        }

        return new AttributeValue { M = fields };
    }

    /// <summary>The row <paramref name="item"/> replaced, as its owner wrote it (to put back), or null when it keeps none.</summary>
    internal static Dictionary<string, AttributeValue>? PreviousRow(Dictionary<string, AttributeValue> item) =>
        PreviousOf(item)?.M is { } previous && previous.TryGetValue(RowField, out var row) && row.M is { Count: > 0 } fields ? fields : null;

    private static AttributeValue? PreviousOf(Dictionary<string, AttributeValue> item) =>
        item.TryGetValue(Attribute, out var mark) && mark.M is { } fields && fields.TryGetValue(PreviousField, out var previous) && previous.M is not null
            ? previous
            : null;

    /// <summary>A copy of <paramref name="item"/> whose mark has no <c>previous</c>.</summary>
    private static Dictionary<string, AttributeValue> WithoutPrevious(Dictionary<string, AttributeValue> item)
    {
        var copy = new Dictionary<string, AttributeValue>(item, StringComparer.Ordinal);
        if (item.TryGetValue(Attribute, out var mark) && mark.M is { } fields && fields.ContainsKey(PreviousField))
        {
            var trimmed = new Dictionary<string, AttributeValue>(fields, StringComparer.Ordinal);
            trimmed.Remove(PreviousField);
            copy[Attribute] = new AttributeValue { M = trimmed };
        }

        return copy;
    }

    /// <summary>The owner and digest of <paramref name="item"/>'s mark, or null when it has none (or a malformed one).</summary>
    internal static (string Owner, string Digest)? Read(Dictionary<string, AttributeValue> item) =>
        item.TryGetValue(Attribute, out var mark) && mark.M is { } fields
            && fields.TryGetValue(OwnerField, out var owner) && owner.S is { } ownerText
            && fields.TryGetValue(DigestField, out var digest) && digest.S is { } digestText
            ? (ownerText, digestText)
            : null;

    /// <summary>True when <paramref name="owner"/> wrote <paramref name="item"/> and every routing attribute still holds what it wrote.</summary>
    internal static bool IsUnchangedSince(Dictionary<string, AttributeValue> item, RoutingTable table, string owner) =>
        Read(item) is { } mark
        && string.Equals(mark.Owner, owner, StringComparison.Ordinal)
        && string.Equals(mark.Digest, Digest(RowAttributes.FromItem(table, item)), StringComparison.Ordinal);

    /// <summary>True when <paramref name="item"/> is a team's row: it carries no seeder's mark (<c>dcc config apply</c> or a hand
    /// put it) or its routing attributes no longer hold what the marking seeder wrote (edited in place). A seeder never puts
    /// over such a row (issue #13 item 5: a stack update must not silently revert what a team changed).</summary>
    internal static bool IsTakenOver(Dictionary<string, AttributeValue> item, RoutingTable table) =>
        Read(item) is not { } mark || !string.Equals(mark.Digest, Digest(RowAttributes.FromItem(table, item)), StringComparison.Ordinal);

    /// <summary>Length-prefixed name/value pairs in ordinal order, so no two different rows share an input.</summary>
    private static string Digest(ImmutableSortedDictionary<string, string> attributes)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in attributes)
        {
            text.Append(name.Length).Append(':').Append(name).Append(value.Length).Append(':').Append(value);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
