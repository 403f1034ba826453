using DynamicContactCenter.Routing.Diagnostics;
using System.Collections.Immutable;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Parsing;

/// <summary>What parsing produced: a flow when there were no errors, and every finding (errors and warnings) either way.</summary>
/// <param name="Flow">The flow, or null when any diagnostic is an error.</param>
/// <param name="Diagnostics">Errors and warnings, in document order.</param>
public sealed record FlowParseResult(FlowModel? Flow, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when a flow was produced.</summary>
    public bool Succeeded => Flow is not null;
}
