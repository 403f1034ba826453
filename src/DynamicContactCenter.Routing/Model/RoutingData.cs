using System.Collections.Immutable;

namespace DynamicContactCenter.Routing.Model;

/// <summary>A whole tenant's routing data: the three tables plus the tenant settings they were built from.</summary>
/// <param name="Organisation">The organisation name substituted for <c>{organisation}</c> in prompts.</param>
/// <param name="DefaultLanguage">The language whose error and exit prompts GetLambdas returns before a caller's language is known.</param>
/// <param name="Environments">Rows of the Environments table.</param>
/// <param name="DialedNumbers">Rows of the DialedNumbers table (may include the <see cref="DialedNumber.DefaultKey"/> row).</param>
/// <param name="Languages">Rows of the Prompts table.</param>
public sealed record RoutingData(
    string Organisation,
    string DefaultLanguage,
    ImmutableArray<EnvironmentEntry> Environments,
    ImmutableArray<DialedNumber> DialedNumbers,
    ImmutableArray<PromptSet> Languages)
{
    /// <summary>Equal when the settings are equal and every table has equal rows in the same order.</summary>
    public bool Equals(RoutingData? other) =>
        other is not null
        && string.Equals(Organisation, other.Organisation, StringComparison.Ordinal)
        && string.Equals(DefaultLanguage, other.DefaultLanguage, StringComparison.Ordinal)
        && Environments.SequenceEqual(other.Environments)
        && DialedNumbers.SequenceEqual(other.DialedNumbers)
        && Languages.SequenceEqual(other.Languages);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Organisation, DefaultLanguage, Environments.Length, DialedNumbers.Length, Languages.Length);
}
