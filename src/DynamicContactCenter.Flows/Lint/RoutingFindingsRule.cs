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
            findings.Add(new LintFinding(RuleFor(diagnostic.Code), diagnostic.Severity, diagnostic.File, null, null, diagnostic.Location, diagnostic.Message)
            {
                Line = diagnostic.Line,
                SourceCode = diagnostic.Code,
            });
        }
    }

    /// <summary>The lint rule for a routing code (RoutingMessages, DCC10xx; storage shape codes DCC12xx fall to <see cref="LintRules.RoutingData"/>).</summary>
    internal static LintRule RuleFor(string code) => code switch
    {
        "DCC1001" => LintRules.RoutingNumber,
        "DCC1002" => LintRules.RoutingQueueArn,
        "DCC1003" or "DCC1009" => LintRules.RoutingLanguageExists,
        "DCC1006" => LintRules.RoutingVoiceExists,
        "DCC1007" => LintRules.RoutingVoiceLanguage,
        "DCC1008" => LintRules.RoutingLanguageCode,
        "DCC1004" or "DCC1005" or "DCC1012" or "DCC1014" => LintRules.RoutingPrompts,
        _ => LintRules.RoutingData,
    };
}
