using System.Collections.Frozen;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>A flow bound for one instance model: every action with its executor. Immutable; shared between calls.</summary>
internal sealed class BoundFlow(FlowModel model, string? arn, string flowType, FrozenDictionary<string, BoundAction> actions)
{
    public FlowModel Model => model;
    public string Name => model.Name;
    public string? Arn => arn;
    public string FlowType => flowType;
    public BoundAction Start => actions[model.StartAction];
    public BoundAction? Find(string id) => actions.GetValueOrDefault(id);
}
