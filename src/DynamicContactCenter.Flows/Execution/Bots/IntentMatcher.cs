using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DynamicContactCenter.Flows.Instance;

namespace DynamicContactCenter.Flows.Execution.Bots;

/// <summary>Matches the caller's words to an intent of a local bot model. Not Lex's NLU, but predictable enough to write tests against:
/// <list type="number">
/// <item>a sample utterance equal to the words, ignoring case, punctuation and spacing (score 1);</item>
/// <item>else a sample utterance with <c>{Slot}</c> references whose literal words match and whose slots take the words between them
/// (a slot with values takes only one of them, stored as the model writes it) (score 1);</item>
/// <item>else the sample utterance sharing the most words (Dice coefficient of the word sets, slot references left out) when it is
/// at least <see cref="OverlapThreshold"/> (score = the coefficient);</item>
/// <item>else <see cref="IntentMatch.FallbackIntent"/>, as Lex V2 answers.</item>
/// </list>
/// Ties go to the intent, then the utterance, listed first in the model.</summary>
internal static class IntentMatcher
{
    /// <summary>Half the words in common: "what is my balance please" matches "what is my balance" (0.89), "balance please" does not
    /// match "check my balance" (0.4). Lower would let one shared word ("my") decide between intents.</summary>
    public const double OverlapThreshold = 0.5;

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    public static IntentMatch Match(BotDefinition bot, string utterance)
    {
        var words = Words(utterance);
        var spoken = string.Join(' ', words);
        foreach (var intent in bot.Intents)
        {
            if (intent.Utterances.Any(u => !u.Contains('{', StringComparison.Ordinal) && string.Join(' ', Words(u)) == spoken))
            {
                return new IntentMatch(intent.Name, ImmutableDictionary<string, string>.Empty, 1);
            }
        }

        foreach (var intent in bot.Intents)
        {
            foreach (var sample in intent.Utterances.Where(u => u.Contains('{', StringComparison.Ordinal)))
            {
                if (MatchPattern(intent, sample, spoken) is { } slots) return new IntentMatch(intent.Name, slots, 1);
            }
        }

        var best = IntentMatch.Fallback;
        var spokenSet = words.ToHashSet(StringComparer.Ordinal);
        foreach (var intent in bot.Intents)
        {
            foreach (var sample in intent.Utterances)
            {
                var sampleSet = Words(BotModelReader.SlotReference().Replace(sample, " ")).ToHashSet(StringComparer.Ordinal);
                if (sampleSet.Count + spokenSet.Count == 0) continue;
                var score = 2.0 * sampleSet.Count(spokenSet.Contains) / (sampleSet.Count + spokenSet.Count);
                if (score >= OverlapThreshold && score > best.Score)
                {
                    best = new IntentMatch(intent.Name, ImmutableDictionary<string, string>.Empty, Math.Round(score, 2));
                }
            }
        }

        return best;
    }

    /// <summary>The slots <paramref name="sample"/> fills from <paramref name="spoken"/> (normalised words), or null when it does not match.</summary>
    private static ImmutableDictionary<string, string>? MatchPattern(BotIntent intent, string sample, string spoken)
    {
        // Words and slots in order, joined by the single spaces the spoken words are normalised to.
        var parts = new List<string>();
        var names = new List<string>();
        var last = 0;
        foreach (Match reference in BotModelReader.SlotReference().Matches(sample))
        {
            parts.AddRange(Words(sample[last..reference.Index]).Select(Regex.Escape));
            var slot = intent.Slots.FirstOrDefault(s => s.Name == reference.Groups[1].Value);
            var values = slot is null || slot.Values.IsEmpty ? ".+?" : string.Join('|', slot.Values.Select(v => Regex.Escape(string.Join(' ', Words(v)))));
            parts.Add($"(?<s{names.Count.ToString(CultureInfo.InvariantCulture)}>{values})");
            names.Add(reference.Groups[1].Value);
            last = reference.Index + reference.Length;
        }

        parts.AddRange(Words(sample[last..]).Select(Regex.Escape));
        var pattern = "^" + string.Join(' ', parts) + "$";
        var match = Regex.Match(spoken, pattern, RegexOptions.CultureInvariant, MatchTimeout);
        if (!match.Success) return null;
        var slots = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var text = match.Groups["s" + i.ToString(CultureInfo.InvariantCulture)].Value.Trim();
            var slot = intent.Slots.FirstOrDefault(s => s.Name == names[i]);
            // A listed value is stored as the model spells it (Lex resolves slot values to the slot type's value).
            slots[names[i]] = slot?.Values.FirstOrDefault(v => string.Join(' ', Words(v)) == text) ?? text;
        }

        return slots.ToImmutable();
    }

    /// <summary>Lower-case words: letters, digits and apostrophes; everything else separates.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch) || ch == '\'')
            {
                word.Append(char.ToLowerInvariant(ch));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }
}
