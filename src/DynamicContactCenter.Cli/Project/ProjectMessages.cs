using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Cli.Project;

#pragma warning disable CS1591 // The entries are the catalogue: each code and format says what it reports.

/// <summary>The catalogue of the project folder (issue #14): dcc.yaml, <c>dcc init</c> and the lint baseline. Codes DCC4633–DCC4639,
/// DCC4642–DCC4649.</summary>
public static class ProjectMessages
{
    public static readonly DiagnosticDescriptor InvalidYaml = new("DCC4633", "not valid YAML: {0}");
    public static readonly DiagnosticDescriptor UnknownKey = new("DCC4634", "unknown key '{0}' in {1} (expected one of: {2}).");
    public static readonly DiagnosticDescriptor InvalidValue = new("DCC4635", "'{0}' is not valid at {1}: expected {2}.");
    public static readonly DiagnosticDescriptor MissingPath = new("DCC4636", "{0} names '{1}', which does not exist (expected {2}, relative to the folder of dcc.yaml).");
    public static readonly DiagnosticDescriptor UnknownLintRule = new("DCC4637", "'{0}' is not a dcc lint rule id (expected the id of a dcc lint rule, as docs/lint-and-graph.md lists them).");
    public static readonly DiagnosticDescriptor InitWouldOverwrite = new("DCC4638", "dcc init writes no file over an existing one, and these exist in '{0}': {1}; nothing was written (move them away, or init another folder).");
    public static readonly DiagnosticDescriptor InitFlowUnreadable = new("DCC4639", "--from '{0}' cannot be used: {1}.");
    public static readonly DiagnosticDescriptor BaselineUnreadable = new("DCC4642", "lint baseline '{0}' cannot be read: {1} (expected a file written by 'dcc lint --write-baseline'; delete it to start a new one).");
}
