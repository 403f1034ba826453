using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Set contact attributes" (flow namespace): <c>FlowAttributes {k: {"Value": v}}</c> (the exports' shape; a plain string
/// value is accepted too) into this flow run only.</summary>
internal sealed class UpdateFlowAttributesExecutor : SyncExecutor
{
    public static UpdateFlowAttributesExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFailLeniently(ActionTypes.UpdateFlowAttributes);

    protected override ActionOutcome Execute(CallContext c)
    {
        if (c.Action.Parameters.Object("FlowAttributes") is not { } attributes)
        {
            return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters.FlowAttributes", FlowMessages.MissingParameter.Format,
                "an object of names to {\"Value\": ...}");
        }

        var resolved = new List<(string, string)>();
        foreach (var property in attributes.EnumerateObject())
        {
            var field = $"Parameters.FlowAttributes.{property.Name}";
            var raw = property.Value.ValueKind == JsonValueKind.Object ? ParameterReader.Find(property.Value, "Value") : property.Value;
            if (raw is not { } value || value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                return ExecutorSupport.Stop(c, FlowMessages.InvalidParameter.Code, field, FlowMessages.InvalidParameter.Format, property.Value.GetRawText(), "{\"Value\": \"text\"}");
            }

            resolved.Add((property.Name, c.Interpolate(Parsing.FlowDocumentReader.ScalarText(value), field + ".Value")));
        }

        foreach (var (key, value) in resolved)
        {
            c.Run.FlowAttributes[key] = value;
            c.Emit(new AttributeSetEvent(c.FlowName, c.Action.Id, "FlowAttributes", key, value));
        }

        return ActionOutcome.Next;
    }
}
