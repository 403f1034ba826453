using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Routing.Validation;

/// <summary>A language's voice and language code: a valid code, a known Polly voice, and a voice that speaks that code.</summary>
internal static class VoiceRules
{
    // Suggested when the language code itself is unusable, so the message still names a real voice.
    private const string FallbackExample = "Joanna (en-US)";

    public static void Check(PromptSet language, Findings findings)
    {
        var codePath = KeyPath.Language(language.Language, "languageCode");
        var voicePath = KeyPath.Language(language.Language, "voice");
        var codeIsValid = RoutingRules.IsLanguageCode(language.LanguageCode);

        if (string.IsNullOrWhiteSpace(language.LanguageCode))
        {
            findings.Error(RoutingMessages.EmptyValue.Code, codePath, RoutingMessages.EmptyValue.Format, "languageCode", "a BCP-47 code such as en-US");
        }
        else if (!codeIsValid)
        {
            findings.Error(RoutingMessages.InvalidLanguageCode.Code, codePath, RoutingMessages.InvalidLanguageCode.Format, language.LanguageCode);
        }

        var examples = codeIsValid ? Examples(language.LanguageCode) : FallbackExample;
        var codeName = codeIsValid ? language.LanguageCode : "the language";
        if (string.IsNullOrWhiteSpace(language.Voice))
        {
            findings.Error(RoutingMessages.EmptyValue.Code, voicePath, RoutingMessages.EmptyValue.Format, "voice", "an Amazon Polly voice, e.g. " + examples);
        }
        else if (!PollyVoices.TryGetLanguageCodes(language.Voice, out var spoken))
        {
            findings.Error(RoutingMessages.UnknownVoice.Code, voicePath, RoutingMessages.UnknownVoice.Format, language.Voice, codeName, examples);
        }
        else if (codeIsValid && !spoken.Contains(language.LanguageCode, StringComparer.Ordinal))
        {
            findings.Error(RoutingMessages.VoiceLanguageMismatch.Code, voicePath, RoutingMessages.VoiceLanguageMismatch.Format, language.Voice, string.Join(", ", spoken), language.LanguageCode, examples);
        }
    }

    private static string Examples(string languageCode)
    {
        var voices = PollyVoices.VoicesFor(languageCode);
        return voices.IsEmpty ? $"no voice this tool knows speaks {languageCode}; use e.g. {FallbackExample}" : string.Join(", ", voices);
    }
}
