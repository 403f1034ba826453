using System.Collections.Immutable;
using System.Globalization;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Routing.Validation;

/// <summary>
/// Checks a tenant's routing data against the rules every load, apply and seed enforces (DESIGN §3), and returns
/// every finding at once so a user fixes a file in one pass.
/// </summary>
public static class RoutingValidator
{
    /// <summary>All findings about <paramref name="data"/>, in table order; empty when the data is usable as it is.</summary>
    /// <param name="data">The routing data to check.</param>
    /// <param name="file">The file the data came from, named in every finding; null when it came from elsewhere.</param>
    public static ImmutableArray<Diagnostic> Validate(RoutingData data, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var findings = new Findings(file);
        var languages = data.Languages.Select(l => l.Language).ToImmutableHashSet(StringComparer.Ordinal);
        var languageList = languages.IsEmpty ? "(none)" : string.Join(", ", data.Languages.Select(l => l.Language));

        if (string.IsNullOrWhiteSpace(data.Organisation))
        {
            findings.Error(RoutingMessages.EmptyValue.Code, KeyPath.Organisation, RoutingMessages.EmptyValue.Format, KeyPath.Organisation, "the organisation name callers hear");
        }

        CheckDefaultLanguage(data, languages, languageList, findings);
        CheckEnvironments(data.Environments, findings);
        CheckDialedNumbers(data.DialedNumbers, languages, languageList, findings);
        CheckLanguages(data.Languages, findings);
        TextRules.Check(data, findings);
        SizeRules.Check(data, findings);
        return findings.ToImmutable();
    }

    private static void CheckDefaultLanguage(RoutingData data, ImmutableHashSet<string> languages, string languageList, Findings findings)
    {
        if (string.IsNullOrWhiteSpace(data.DefaultLanguage))
        {
            findings.Error(RoutingMessages.EmptyValue.Code, KeyPath.DefaultLanguage, RoutingMessages.EmptyValue.Format, KeyPath.DefaultLanguage, "the name of a language under languages, e.g. English");
        }
        else if (!languages.IsEmpty && !languages.Contains(data.DefaultLanguage))
        {
            findings.Error(RoutingMessages.UnknownDefaultLanguage.Code, KeyPath.DefaultLanguage, RoutingMessages.UnknownDefaultLanguage.Format, data.DefaultLanguage, languageList);
        }
    }

    private static void CheckEnvironments(ImmutableArray<EnvironmentEntry> environments, Findings findings)
    {
        findings.Duplicates(environments.Select(e => e.Environment), KeyPath.Environments);
        foreach (var environment in environments)
        {
            var path = KeyPath.Environment(environment.Environment);
            if (string.IsNullOrWhiteSpace(environment.Environment))
            {
                findings.Error(RoutingMessages.EmptyValue.Code, path, RoutingMessages.EmptyValue.Format, "the environment name", "a name such as prod or dev");
            }

            foreach (var required in (ReadOnlySpan<string>)[EnvironmentEntry.GetDynamicAttributes, EnvironmentEntry.GetPrompts])
            {
                if (!environment.Functions.ContainsKey(required))
                {
                    findings.Error(RoutingMessages.MissingFunction.Code, path, RoutingMessages.MissingFunction.Format, environment.Environment, required);
                }
            }

            foreach (var (function, arn) in environment.Functions)
            {
                if (!RoutingRules.IsFunctionArn(arn) && !RoutingRules.IsPlaceholder(arn))
                {
                    findings.Error(RoutingMessages.InvalidFunctionArn.Code, KeyPath.Environment(environment.Environment, function), RoutingMessages.InvalidFunctionArn.Format, arn);
                }
            }
        }
    }

    private static void CheckDialedNumbers(ImmutableArray<DialedNumber> numbers, ImmutableHashSet<string> languages, string languageList, Findings findings)
    {
        findings.Duplicates(numbers.Select(n => n.Number), KeyPath.DialedNumbers);
        foreach (var number in numbers)
        {
            if (!RoutingRules.IsDialedNumberKey(number.Number))
            {
                findings.Error(RoutingMessages.InvalidNumber.Code, KeyPath.DialedNumber(number.Number), RoutingMessages.InvalidNumber.Format, number.Number);
            }

            if (string.IsNullOrWhiteSpace(number.Name))
            {
                findings.Error(RoutingMessages.EmptyValue.Code, KeyPath.DialedNumber(number.Number, "name"), RoutingMessages.EmptyValue.Format, "name", "a name for the line, e.g. Spanish line");
            }

            if (string.IsNullOrWhiteSpace(number.Queue))
            {
                findings.Error(RoutingMessages.EmptyValue.Code, KeyPath.DialedNumber(number.Number, "queue"), RoutingMessages.EmptyValue.Format, "queue", "an Amazon Connect queue ARN");
            }
            else if (!RoutingRules.IsQueueArn(number.Queue))
            {
                findings.Error(RoutingMessages.InvalidQueueArn.Code, KeyPath.DialedNumber(number.Number, "queue"), RoutingMessages.InvalidQueueArn.Format, number.Queue);
            }

            if (string.IsNullOrWhiteSpace(number.Language))
            {
                findings.Error(RoutingMessages.EmptyValue.Code, KeyPath.DialedNumber(number.Number, "language"), RoutingMessages.EmptyValue.Format, "language", "the name of a language under languages: " + languageList);
            }
            else if (!languages.Contains(number.Language))
            {
                findings.Error(RoutingMessages.UnknownLanguage.Code, KeyPath.DialedNumber(number.Number, "language"), RoutingMessages.UnknownLanguage.Format, number.Language, languageList);
            }
        }
    }

    private static void CheckLanguages(ImmutableArray<PromptSet> languages, Findings findings)
    {
        if (languages.IsEmpty)
        {
            findings.Error(RoutingMessages.NoLanguages.Code, KeyPath.Languages, RoutingMessages.NoLanguages.Format);
        }

        findings.Duplicates(languages.Select(l => l.Language), KeyPath.Languages);
        foreach (var language in languages)
        {
            if (string.IsNullOrWhiteSpace(language.Language))
            {
                findings.Error(RoutingMessages.EmptyValue.Code, KeyPath.Language(language.Language), RoutingMessages.EmptyValue.Format, "the language name", "a name such as English");
            }

            VoiceRules.Check(language, findings);
            CheckPrompts(language, findings);
        }
    }

    private static void CheckPrompts(PromptSet language, Findings findings)
    {
        var expected = string.Join(", ", PromptNames.All);
        foreach (var name in PromptNames.All)
        {
            if (!language.Prompts.TryGetValue(name, out var text))
            {
                findings.Error(RoutingMessages.MissingPrompt.Code, KeyPath.Language(language.Language, KeyPath.Prompts), RoutingMessages.MissingPrompt.Format, language.Language, name, expected);
            }
            else if (string.IsNullOrWhiteSpace(text))
            {
                findings.Error(RoutingMessages.EmptyPrompt.Code, KeyPath.Prompt(language.Language, name), RoutingMessages.EmptyPrompt.Format, language.Language, name);
            }
            else if (text.Length > RoutingRules.MaxPromptTotalCharacters)
            {
                findings.Error(RoutingMessages.PromptOverTtsLimit.Code, KeyPath.Prompt(language.Language, name), RoutingMessages.PromptOverTtsLimit.Format, language.Language, name,
                    text.Length.ToString(CultureInfo.InvariantCulture), RoutingRules.MaxPromptTotalCharacters.ToString(CultureInfo.InvariantCulture),
                    RoutingRules.MaxPromptCharacters.ToString(CultureInfo.InvariantCulture));
            }
            else if (text.Length > RoutingRules.MaxPromptCharacters)
            {
                findings.Warning(RoutingMessages.PromptTooLong.Code, KeyPath.Prompt(language.Language, name), RoutingMessages.PromptTooLong.Format, language.Language, name, text.Length.ToString(CultureInfo.InvariantCulture));
            }
        }

        foreach (var name in language.Prompts.Keys.Where(n => !PromptNames.All.Contains(n)))
        {
            findings.Warning(RoutingMessages.UnusedPrompt.Code, KeyPath.Prompt(language.Language, name), RoutingMessages.UnusedPrompt.Format, language.Language, name, expected);
        }
    }
}
