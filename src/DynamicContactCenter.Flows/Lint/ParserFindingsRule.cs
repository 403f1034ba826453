using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>Reports what the parser found (JSON shape, version, StartAction, duplicate identifiers, dangling transitions, unknown types,
/// size) under the lint rule for each, keeping the parser's code as the finding's source.</summary>
/// <remarks>The parser already checks these and refuses to build a model with structural errors; lint reuses its findings rather than
/// checking twice, so <c>dcc call</c> and <c>dcc lint</c> never disagree about structure.</remarks>
internal static class ParserFindingsRule
{
    public static void Check(LintedFlow flow, LintFindings findings)
    {
        foreach (var diagnostic in flow.Parsed.Diagnostics)
        {
            var rule = RuleFor(diagnostic.Code);
            // Connect refuses more than 250 actions, so lint raises the parser's warning to the rule's severity.
            var severity = diagnostic.Code == FlowMessages.TooManyActions.Code || diagnostic.Code == FlowMessages.ContentTooLong.Code ? rule.Severity : diagnostic.Severity;
            var location = diagnostic.Location with { File = diagnostic.File ?? flow.File, Flow = diagnostic.Location.Flow ?? flow.Name };
            findings.Add(new LintFinding(rule, diagnostic with { Severity = severity, Location = location }));
        }
    }

    internal static LintRule RuleFor(string parserCode) => parserCode switch
    {
        _ when parserCode == FlowMessages.UnsupportedVersion.Code => LintRules.Version,
        _ when parserCode == FlowMessages.MissingStartAction.Code || parserCode == FlowMessages.UnknownStartAction.Code => LintRules.StartAction,
        _ when parserCode == FlowMessages.DuplicateIdentifier.Code => LintRules.UniqueIdentifier,
        _ when parserCode == FlowMessages.UnknownTransitionTarget.Code => LintRules.DanglingTransition,
        _ when parserCode == FlowMessages.UnknownActionType.Code => LintRules.UnknownActionType,
        _ when parserCode == FlowMessages.TooManyActions.Code || parserCode == FlowMessages.ContentTooLong.Code => LintRules.FlowSize,
        _ => LintRules.FlowShape,
    };

    internal static bool IsError(Severity severity) => severity == Severity.Error;
}
