using System.Collections.Immutable;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>A parsed scenario file, or the diagnostics that say why it cannot be used (each names file, scenario and key).</summary>
/// <param name="File">The scenarios, or null when the file has errors.</param>
/// <param name="Diagnostics">Every finding, codes <c>DCC36nn</c> (<see cref="ScenarioMessages"/>).</param>
public sealed record ScenarioParseResult(ScenarioFile? File, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when the file can be run.</summary>
    public bool Succeeded => File is not null;
}
