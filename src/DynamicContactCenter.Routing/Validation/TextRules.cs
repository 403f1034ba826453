using System.Globalization;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Routing.Validation;

/// <summary>
/// DCC1020: no control character in any routing text (keys, names, ARNs, voices, prompts). Routing values are single-line
/// strings that Connect copies into contact attributes and Polly speaks; a control character is never meant, a trailing
/// newline silently misroutes a number, and CR/ESC in a value can spoof a terminal showing it (issue #10 item 5).
/// </summary>
/// <remarks>
/// TAB, CR and LF are refused too (every Unicode control: C0, DEL, C1). Decision: a tab or line break in a prompt changes nothing
/// a caller hears, but in a key or ARN it breaks routing and in a plan diff it can fake or hide a line; one rule for all text is
/// simpler to explain than per-field exceptions. A long prompt is written on one line or as a YAML folded scalar with <c>&gt;-</c>.
/// </remarks>
internal static class TextRules
{
    public static void Check(RoutingData data, Findings findings)
    {
        Text(data.Organisation, KeyPath.Organisation, findings);
        Text(data.DefaultLanguage, KeyPath.DefaultLanguage, findings);
        foreach (var environment in data.Environments)
        {
            Text(environment.Environment, KeyPath.Environment(environment.Environment), findings);
            foreach (var (function, arn) in environment.Functions)
            {
                Text(function, KeyPath.Environment(environment.Environment, function), findings);
                Text(arn, KeyPath.Environment(environment.Environment, function), findings);
            }
        }

        foreach (var number in data.DialedNumbers)
        {
            Text(number.Number, KeyPath.DialedNumber(number.Number), findings);
            Text(number.Name, KeyPath.DialedNumber(number.Number, RoutingItems.Name), findings);
            Text(number.Queue, KeyPath.DialedNumber(number.Number, RoutingItems.Queue), findings);
            Text(number.Language, KeyPath.DialedNumber(number.Number, RoutingItems.Language), findings);
        }

        foreach (var language in data.Languages)
        {
            Text(language.Language, KeyPath.Language(language.Language), findings);
            Text(language.Voice, KeyPath.Language(language.Language, RoutingItems.Voice), findings);
            Text(language.LanguageCode, KeyPath.Language(language.Language, RoutingItems.LanguageCode), findings);
            foreach (var (name, text) in language.Prompts)
            {
                Text(name, KeyPath.Prompt(language.Language, name), findings);
                Text(text, KeyPath.Prompt(language.Language, name), findings);
            }
        }
    }

    private static void Text(string? value, string location, Findings findings)
    {
        if (value is null || DisplayText.IndexOfControl(value) is not (>= 0 and var index))
        {
            return;
        }

        var what = location.Contains('[', StringComparison.Ordinal) || location.Contains('.', StringComparison.Ordinal) ? location : KeyPath.Field("", location);
        findings.Error(RoutingMessages.ControlCharacter.Code, location, RoutingMessages.ControlCharacter.Format,
            what, DisplayText.Escape(value[index].ToString()), (index + 1).ToString(CultureInfo.InvariantCulture));
    }
}
