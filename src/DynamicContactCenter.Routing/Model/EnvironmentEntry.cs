using System.Collections.Immutable;

namespace DynamicContactCenter.Routing.Model;

/// <summary>One row of the Environments table: the function ARNs an environment (prod, dev, ...) routes through.</summary>
/// <param name="Environment">The table key, e.g. <c>prod</c>.</param>
/// <param name="Functions">Attribute name → function ARN, e.g. <c>getDynamicAttributes</c>, <c>getPrompts</c>.</param>
public sealed record EnvironmentEntry(string Environment, ImmutableSortedDictionary<string, string> Functions)
{
    /// <summary>The attribute every environment row needs: the GetDynAttributes function ARN.</summary>
    public const string GetDynamicAttributes = "getDynamicAttributes";

    /// <summary>The attribute every environment row needs: the GetPrompts function ARN.</summary>
    public const string GetPrompts = "getPrompts";

    /// <summary>Equal when the key and every function name and ARN are equal (value equality, so a plan can diff rows).</summary>
    public bool Equals(EnvironmentEntry? other) =>
        other is not null
        && string.Equals(Environment, other.Environment, StringComparison.Ordinal)
        && Functions.SequenceEqual(other.Functions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Environment, Functions.Count);
}
