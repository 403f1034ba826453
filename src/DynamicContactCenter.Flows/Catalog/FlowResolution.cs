using DynamicContactCenter.Routing.Diagnostics;
using System.Collections.Immutable;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Catalog;

/// <summary>The outcome of looking a flow up in a <see cref="FlowCatalog"/>.</summary>
/// <param name="Flow">The parsed flow, or null when it is unknown or does not parse.</param>
/// <param name="Arn">The flow's ARN from the instance model, or null (e.g. a lone file).</param>
/// <param name="FlowType">The flow type from the instance model (CONTACT_FLOW when not given).</param>
/// <param name="Diagnostics">Why the lookup failed, and parse warnings.</param>
public sealed record FlowResolution(FlowModel? Flow, string? Arn, string FlowType, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when a flow was found and parsed.</summary>
    public bool Succeeded => Flow is not null;
}
