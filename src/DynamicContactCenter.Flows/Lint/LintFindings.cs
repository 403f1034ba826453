using System.Globalization;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>Collects findings as rules report them.</summary>
internal sealed class LintFindings
{
    private readonly List<LintFinding> _items = [];

    public IReadOnlyList<LintFinding> Items => _items;

    public void Add(LintFinding finding) => _items.Add(finding);

    /// <summary>Reports a finding about an action (or the flow when <paramref name="actionId"/> is null) at the rule's severity.</summary>
    public void Flow(LintRule rule, LintedFlow flow, string? actionId, string? field, string format, params object?[] args) =>
        Flow(rule, rule.Severity, flow, actionId, field, format, args);

    /// <summary>Reports a finding about an action at <paramref name="severity"/>.</summary>
    public void Flow(LintRule rule, Severity severity, LintedFlow flow, string? actionId, string? field, string format, params object?[] args) =>
        _items.Add(new LintFinding(rule, new Diagnostic(rule.Id, severity, DiagnosticLocation.InFlow(flow.File, flow.Name, actionId, field),
            string.Format(CultureInfo.InvariantCulture, format, args))));
}
