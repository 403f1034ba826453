using System.Collections.Immutable;

namespace DynamicContactCenter.Routing.Model;

/// <summary>One row of the Prompts table: how the flows speak one language.</summary>
/// <param name="Language">The table key, e.g. <c>Spanish</c>.</param>
/// <param name="Voice">The Amazon Polly voice, e.g. <c>Lupe</c>.</param>
/// <param name="LanguageCode">The BCP-47 code the voice speaks, e.g. <c>es-US</c>.</param>
/// <param name="Prompts">Prompt name (see <see cref="PromptNames"/>) → text, organisation already substituted.</param>
public sealed record PromptSet(string Language, string Voice, string LanguageCode, ImmutableSortedDictionary<string, string> Prompts)
{
    /// <summary>Equal when language, voice, code and every prompt are equal (value equality, so a plan can diff rows).</summary>
    public bool Equals(PromptSet? other) =>
        other is not null
        && string.Equals(Language, other.Language, StringComparison.Ordinal)
        && string.Equals(Voice, other.Voice, StringComparison.Ordinal)
        && string.Equals(LanguageCode, other.LanguageCode, StringComparison.Ordinal)
        && Prompts.SequenceEqual(other.Prompts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Language, Voice, LanguageCode, Prompts.Count);
}
