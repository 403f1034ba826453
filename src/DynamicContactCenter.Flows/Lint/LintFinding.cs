using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>One finding of <c>dcc lint</c>: a <see cref="Diagnostic"/> (severity, location, message) and the rule that found it.</summary>
/// <param name="Rule">The rule that found it (id, name, fix hint).</param>
/// <param name="Diagnostic">What is wrong and where. Its code is the rule's id for the rules' own findings, and the underlying
/// parser or routing code (e.g. <c>DCC3009</c>, <c>DCC1001</c>) for the findings lint reports from those layers.</param>
public sealed record LintFinding(LintRule Rule, Diagnostic Diagnostic)
{
    /// <summary>Error (exit 1) or warning.</summary>
    public Severity Severity => Diagnostic.Severity;

    /// <summary>Where: file and line, flow, action, field or key path.</summary>
    public DiagnosticLocation Location => Diagnostic.Location;

    /// <summary>What is wrong, naming the value and (for data rules) the numbers and languages affected.</summary>
    public string Message => Diagnostic.Message;

    /// <summary>The code of the underlying parser or routing diagnostic this finding reports, or null for a rule's own finding.</summary>
    public string? SourceCode => Diagnostic.Code == Rule.Id ? null : Diagnostic.Code;

    /// <summary>True for an error.</summary>
    public bool IsError => Diagnostic.IsError;

    /// <summary>How to fix it (the rule's hint).</summary>
    public string FixHint => Rule.FixHint;

    /// <inheritdoc />
    public override string ToString() => Diagnostic.Render($"{Rule.Id} {Rule.Name}");
}
