using System.Collections.Immutable;

namespace DynamicContactCenter.Routing.Model;

/// <summary>The row keys of the three tables: what a seed or apply wrote, or what a delete should remove.</summary>
/// <param name="Environments">Keys of Environments rows.</param>
/// <param name="DialedNumbers">Keys of DialedNumbers rows (E.164 or <see cref="DialedNumber.DefaultKey"/>).</param>
/// <param name="Languages">Keys of Prompts rows.</param>
public sealed record RoutingKeys(ImmutableArray<string> Environments, ImmutableArray<string> DialedNumbers, ImmutableArray<string> Languages)
{
    /// <summary>No keys at all.</summary>
    public static RoutingKeys Empty { get; } = new([], [], []);

    /// <summary>How many keys there are over the three tables.</summary>
    public int Count => Environments.Length + DialedNumbers.Length + Languages.Length;

    /// <summary>The keys of every row in <paramref name="data"/>.</summary>
    public static RoutingKeys Of(RoutingData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new(
            [.. data.Environments.Select(e => e.Environment)],
            [.. data.DialedNumbers.Select(n => n.Number)],
            [.. data.Languages.Select(l => l.Language)]);
    }

    /// <summary>The keys here that are not in <paramref name="other"/>, e.g. rows an update no longer has and should delete.</summary>
    public RoutingKeys Except(RoutingKeys other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            [.. Environments.Except(other.Environments, StringComparer.Ordinal)],
            [.. DialedNumbers.Except(other.DialedNumbers, StringComparer.Ordinal)],
            [.. Languages.Except(other.Languages, StringComparer.Ordinal)]);
    }

    /// <summary>Equal when the same keys are listed in the same order.</summary>
    public bool Equals(RoutingKeys? other) =>
        other is not null
        && Environments.SequenceEqual(other.Environments)
        && DialedNumbers.SequenceEqual(other.DialedNumbers)
        && Languages.SequenceEqual(other.Languages);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Environments.Length, DialedNumbers.Length, Languages.Length);
}
