using System.Collections.Immutable;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>What <see cref="FlowLinter"/> checks: flows, routing data, and how to learn what the Lambda functions return.</summary>
/// <param name="Flows">The flows to lint.</param>
/// <param name="Instance">The instance model: flow and function names and ARNs, phone numbers, placeholders.</param>
public sealed record LintRequest(ImmutableArray<LintedFlow> Flows, InstanceModel Instance)
{
    /// <summary>The routing data, or null when there is none or it did not load (then the flows × data rules do not run).</summary>
    public RoutingData? Routing { get; init; }

    /// <summary>The routing file, named in data findings.</summary>
    public string? RoutingFile { get; init; }

    /// <summary>What loading and validating the routing data found (RoutingYamlLoader / RoutingValidator); reported under DCC51xx.</summary>
    public ImmutableArray<Diagnostic> RoutingDiagnostics { get; init; } = [];

    /// <summary>Answers the flows' Lambda calls during the flows × data walk (the real handlers from the CLI); null skips the walk.</summary>
    public ILambdaInvoker? Functions { get; init; }

    /// <summary>The team's rule levels (dcc.yaml <c>lint:</c>), applied to every finding; <see cref="LintConfiguration.None"/> by default.</summary>
    public LintConfiguration Configuration { get; init; } = LintConfiguration.None;

    /// <summary>Called once per case of the flows × data walk when it is done (<see cref="FlowLinter.WalkCaseCount"/> of them), so
    /// <c>dcc lint</c> over thousands of numbers can show progress on a terminal; null by default.</summary>
    public Action? CaseWalked { get; init; }

    /// <summary>Walks the flows once per number × environment instead of once per <see cref="DataClass"/> of numbers that behave alike.
    /// The findings are the same either way; this is the baseline the benchmarks and the class tests compare with (issue #15).</summary>
    public bool WalkEachNumber { get; init; }
}
