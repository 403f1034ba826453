using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>Reports what loading and validating the routing data found (RoutingYamlLoader, RoutingValidator: E.164 numbers, queue ARNs,
/// languages that exist, Polly voices that speak the language, language codes, prompts) under the DCC51xx rules, keeping file, line and
/// key path and the routing code as the finding's source. The checks live in the Routing project so load, apply and seed enforce them
/// too; lint does not repeat them.</summary>
internal static class RoutingFindingsRule
{
    public static void Check(IEnumerable<Diagnostic> diagnostics, LintFindings findings)
    {
        foreach (var diagnostic in diagnostics)
        {
            findings.Add(new LintFinding(RuleFor(diagnostic.Code), diagnostic));
        }
    }

    /// <summary>The lint rule for a routing code (RoutingMessages, DCC10xx; storage shape codes DCC12xx fall to <see cref="LintRules.RoutingData"/>).</summary>
    internal static LintRule RuleFor(string code) => code switch
    {
        _ when code == RoutingMessages.InvalidNumber.Code => LintRules.RoutingNumber,
        _ when code == RoutingMessages.InvalidQueueArn.Code => LintRules.RoutingQueueArn,
        _ when code == RoutingMessages.UnknownLanguage.Code || code == RoutingMessages.UnknownDefaultLanguage.Code => LintRules.RoutingLanguageExists,
        _ when code == RoutingMessages.UnknownVoice.Code => LintRules.RoutingVoiceExists,
        _ when code == RoutingMessages.VoiceLanguageMismatch.Code => LintRules.RoutingVoiceLanguage,
        _ when code == RoutingMessages.InvalidLanguageCode.Code => LintRules.RoutingLanguageCode,
        _ when code == RoutingMessages.MissingPrompt.Code || code == RoutingMessages.EmptyPrompt.Code || code == RoutingMessages.PromptTooLong.Code || code == RoutingMessages.UnusedPrompt.Code => LintRules.RoutingPrompts,
        _ => LintRules.RoutingData,
    };
}
