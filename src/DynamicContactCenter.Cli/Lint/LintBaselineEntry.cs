namespace DynamicContactCenter.Cli.Lint;

/// <summary>A known finding in a lint baseline, keyed by what survives an edit elsewhere in the file: rule, file (relative to the
/// project folder), flow and action. Line numbers are left out on purpose: adding one action above would make every finding below
/// it "new".</summary>
/// <param name="Rule">The rule id, e.g. <c>DCC5007</c>.</param>
/// <param name="File">The file, relative to the project folder with <c>/</c> separators, or null.</param>
/// <param name="Flow">The flow's name, or null.</param>
/// <param name="Action">The action's Identifier, or null.</param>
internal sealed record LintBaselineEntry(string Rule, string? File, string? Flow, string? Action);
