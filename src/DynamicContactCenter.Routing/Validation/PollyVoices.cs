using System.Collections.Frozen;
using System.Collections.Immutable;

namespace DynamicContactCenter.Routing.Validation;

/// <summary>The Amazon Polly voices this tool knows, and the language codes each one speaks.</summary>
/// <remarks>
/// Source: the Amazon Polly Developer Guide, "Available voices" table (standard, neural and long-form voices),
/// as listed in 2025, restricted to the languages of the Americas and Europe that Connect tenants here use.
/// Keys are Polly's <c>VoiceId</c> values (ASCII, as the API and Connect's Set voice block take them); the
/// accented display names (<c>Léa</c>, <c>Céline</c>, ...) are accepted as aliases. To support another voice,
/// add a line here: a voice missing from this list is reported, never silently accepted.
/// </remarks>
public static class PollyVoices
{
    private static readonly (string Voice, string Code)[] Catalogue =
    [
        // English
        ("Joanna", "en-US"), ("Matthew", "en-US"), ("Ivy", "en-US"), ("Justin", "en-US"), ("Kendra", "en-US"),
        ("Kimberly", "en-US"), ("Salli", "en-US"), ("Joey", "en-US"), ("Kevin", "en-US"), ("Ruth", "en-US"),
        ("Stephen", "en-US"), ("Danielle", "en-US"), ("Gregory", "en-US"), ("Patrick", "en-US"),
        ("Amy", "en-GB"), ("Emma", "en-GB"), ("Brian", "en-GB"), ("Arthur", "en-GB"),
        ("Geraint", "en-GB-WLS"), ("Niamh", "en-IE"), ("Nicole", "en-AU"), ("Russell", "en-AU"), ("Olivia", "en-AU"),
        ("Aria", "en-NZ"), ("Ayanda", "en-ZA"), ("Raveena", "en-IN"), ("Kajal", "en-IN"), ("Aditi", "en-IN"),
        // Spanish
        ("Lupe", "es-US"), ("Penelope", "es-US"), ("Miguel", "es-US"), ("Pedro", "es-US"),
        ("Mia", "es-MX"), ("Andres", "es-MX"),
        ("Conchita", "es-ES"), ("Lucia", "es-ES"), ("Enrique", "es-ES"), ("Sergio", "es-ES"),
        // French
        ("Chantal", "fr-CA"), ("Gabrielle", "fr-CA"), ("Liam", "fr-CA"),
        ("Celine", "fr-FR"), ("Lea", "fr-FR"), ("Mathieu", "fr-FR"), ("Remi", "fr-FR"),
        ("Isabelle", "fr-BE"),
        // Portuguese
        ("Camila", "pt-BR"), ("Vitoria", "pt-BR"), ("Ricardo", "pt-BR"), ("Thiago", "pt-BR"),
        ("Ines", "pt-PT"), ("Cristiano", "pt-PT"),
        // Other European languages
        ("Marlene", "de-DE"), ("Vicki", "de-DE"), ("Hans", "de-DE"), ("Daniel", "de-DE"),
        ("Hannah", "de-AT"), ("Sabrina", "de-CH"),
        ("Carla", "it-IT"), ("Bianca", "it-IT"), ("Giorgio", "it-IT"), ("Adriano", "it-IT"),
        ("Lotte", "nl-NL"), ("Ruben", "nl-NL"), ("Laura", "nl-NL"), ("Lisa", "nl-BE"),
        ("Naja", "da-DK"), ("Mads", "da-DK"), ("Sofie", "da-DK"),
        ("Liv", "nb-NO"), ("Ida", "nb-NO"), ("Astrid", "sv-SE"), ("Elin", "sv-SE"), ("Suvi", "fi-FI"),
        ("Dora", "is-IS"), ("Karl", "is-IS"),
        ("Ewa", "pl-PL"), ("Maja", "pl-PL"), ("Jacek", "pl-PL"), ("Jan", "pl-PL"), ("Ola", "pl-PL"),
        ("Carmen", "ro-RO"), ("Tatyana", "ru-RU"), ("Maxim", "ru-RU"), ("Filiz", "tr-TR"), ("Burcu", "tr-TR"),
        ("Gwyneth", "cy-GB"), ("Arlet", "ca-ES"), ("Jitka", "cs-CZ"),
    ];

    // Display names with accents, as the Polly console shows them, mapped to their VoiceId.
    private static readonly (string Alias, string Voice)[] Aliases =
    [
        ("Léa", "Lea"), ("Céline", "Celine"), ("Rémi", "Remi"), ("Penélope", "Penelope"), ("Andrés", "Andres"),
        ("Lucía", "Lucia"), ("Vitória", "Vitoria"), ("Inês", "Ines"), ("Dóra", "Dora"),
    ];

    private static readonly FrozenDictionary<string, ImmutableArray<string>> CodesByVoice = BuildCodesByVoice();

    /// <summary>Every known voice (VoiceIds and aliases).</summary>
    public static IEnumerable<string> Voices => CodesByVoice.Keys;

    /// <summary>The language codes <paramref name="voice"/> speaks, or false when the voice is unknown. Case-sensitive, as Polly is.</summary>
    public static bool TryGetLanguageCodes(string voice, out ImmutableArray<string> languageCodes) =>
        CodesByVoice.TryGetValue(voice, out languageCodes);

    /// <summary>The VoiceIds that speak <paramref name="languageCode"/> (e.g. <c>fr-CA</c> → Chantal, Gabrielle, Liam), in catalogue order.</summary>
    public static ImmutableArray<string> VoicesFor(string languageCode) =>
        [.. Catalogue.Where(v => string.Equals(v.Code, languageCode, StringComparison.Ordinal)).Select(v => v.Voice)];

    private static FrozenDictionary<string, ImmutableArray<string>> BuildCodesByVoice()
    {
        var codes = Catalogue
            .GroupBy(v => v.Voice, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(v => v.Code).ToImmutableArray(), StringComparer.Ordinal);
        foreach (var (alias, voice) in Aliases)
        {
            codes[alias] = codes[voice];
        }

        return codes.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
