using DynamicContactCenter.Routing.Diagnostics;
using System.Collections.Immutable;
using DynamicContactCenter.Flows.Diagnostics;

namespace DynamicContactCenter.Flows.Instance;

/// <summary>What loading instance.yaml produced: the model when there were no errors, and every finding either way.</summary>
/// <param name="Model">The model, or null when any diagnostic is an error.</param>
/// <param name="Diagnostics">Findings with file, key path and line.</param>
public sealed record InstanceLoadResult(InstanceModel? Model, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when a model was produced.</summary>
    public bool Succeeded => Model is not null;
}
