using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Storage.Yaml;

/// <summary>The outcome of loading a routing file: the data when it is usable, and every finding (errors and warnings).</summary>
/// <param name="Data">The validated data with the organisation substituted into prompts; null when any error was found.</param>
/// <param name="Diagnostics">Every finding, errors and warnings, in file order of discovery.</param>
public sealed record RoutingLoadResult(RoutingData? Data, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Whether the file was usable: no errors (warnings are allowed).</summary>
    [MemberNotNullWhen(true, nameof(Data))]
    public bool Succeeded => Data is not null;

    /// <summary>The findings that made the file unusable.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);
}
