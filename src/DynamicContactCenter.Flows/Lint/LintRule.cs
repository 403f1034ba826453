using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>One rule of the <c>dcc lint</c> catalogue: a stable id, a short name, its default severity, what it checks and how to fix
/// a finding.</summary>
/// <param name="Id">The stable id, <c>DCC5nnn</c>; tools and tests match on it.</param>
/// <param name="Name">A short kebab-case name, e.g. <c>dangling-transition</c>.</param>
/// <param name="Severity">The default severity of its findings.</param>
/// <param name="Title">What the rule checks, in one line.</param>
/// <param name="FixHint">How to fix a finding.</param>
public sealed record LintRule(string Id, string Name, Severity Severity, string Title, string FixHint);
