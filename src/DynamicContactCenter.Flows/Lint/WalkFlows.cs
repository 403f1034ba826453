using System.Collections.Immutable;
using DynamicContactCenter.Flows.Catalog;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>The flows being linted as the walk's flow resolver: a TransferToFlow in the walk reaches the linted flow (by the instance
/// model's name, ARN or id, or the flow's own name), not the file on disk, which may differ from what is linted.</summary>
internal sealed class WalkFlows(InstanceModel instance, IReadOnlyDictionary<string, LintedFlow> flows) : IFlowResolver
{
    private readonly Dictionary<FlowModel, LintedFlow> _byModel = flows.Values.Where(f => f.Model is not null)
        .ToDictionary<LintedFlow, FlowModel, LintedFlow>(f => f.Model!, f => f, ReferenceEqualityComparer.Instance);

    /// <summary>The linted flow a bound flow was made from.</summary>
    public LintedFlow Linted(BoundFlow flow) => _byModel[flow.Model];

    public FlowResolution Resolve(string reference)
    {
        var definition = instance.FindFlow(reference);
        var name = definition?.Name ?? reference;
        if (flows.TryGetValue(name, out var flow) && flow.Model is not null) return new FlowResolution(flow.Model, definition?.Arn, flow.FlowType, []);
        return new FlowResolution(null, null, "CONTACT_FLOW",
        [
            FlowMessages.UnknownFlow.ErrorAt(DiagnosticLocation.InFile(instance.File, null), reference),
        ]);
    }
}
