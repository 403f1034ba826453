using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>What <c>dcc lint</c> found, ordered by file, flow and rule.</summary>
/// <param name="Findings">Every finding.</param>
/// <param name="FlowsChecked">The names of the flows checked.</param>
/// <param name="CasesWalked">The number/language/environment combinations the flows × data rules walked.</param>
public sealed record LintReport(ImmutableArray<LintFinding> Findings, ImmutableArray<string> FlowsChecked, ImmutableArray<string> CasesWalked)
{
    /// <summary>True when any finding is an error (exit 1).</summary>
    public bool HasErrors => Findings.Any(f => f.IsError);

    /// <summary>How many errors.</summary>
    public int ErrorCount => Findings.Count(f => f.IsError);

    /// <summary>How many warnings.</summary>
    public int WarningCount => Findings.Count(f => !f.IsError);

    /// <summary>How many findings a baseline hid (known findings that do not fail the run); 0 without a baseline.</summary>
    public int Baselined { get; init; }
}
