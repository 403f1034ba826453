using System.Text;
using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Set contact attributes" (user-defined): resolves every value first, then writes all or none (32,768-byte limit).</summary>
internal sealed class UpdateContactAttributesExecutor : SyncExecutor
{
    public static UpdateContactAttributesExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(ActionTypes.UpdateContactAttributes) with
    {
        Parameters = [new("Attributes") { Shape = ParameterShape.NonEmptyObject, Required = true, Expected = "an object with at least one attribute" }],
    };

    private const int MaxAttributeBytes = 32_768;

    protected override ActionOutcome Execute(CallContext c)
    {
        if (c.Action.Parameters.Object("Attributes") is not { } attributes)
        {
            return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters.Attributes", FlowMessages.MissingParameter.Format, "an object of attribute names to values");
        }

        var resolved = new List<(string Key, string Value)>();
        foreach (var property in attributes.EnumerateObject())
        {
            var field = $"Parameters.Attributes.{property.Name}";
            if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                return ExecutorSupport.Stop(c, FlowMessages.InvalidParameter.Code, field, FlowMessages.InvalidParameter.Format, property.Value.GetRawText(), "a text value");
            }

            resolved.Add((c.Interpolate(property.Name, field), c.Interpolate(Parsing.FlowDocumentReader.ScalarText(property.Value), field)));
        }

        var after = new Dictionary<string, string>(c.Attributes, StringComparer.Ordinal);
        foreach (var (key, value) in resolved) after[key] = value;
        var bytes = after.Sum(a => Encoding.UTF8.GetByteCount(a.Key) + Encoding.UTF8.GetByteCount(a.Value));
        if (bytes > MaxAttributeBytes)
        {
            return ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, FlowMessages.AttributesTooLarge.Code, "Parameters.Attributes", FlowMessages.AttributesTooLarge.Format, bytes);
        }

        foreach (var (key, value) in resolved)
        {
            c.Attributes[key] = value;
            c.Emit(new AttributeSetEvent(c.FlowName, c.Action.Id, "Attributes", key, value));
        }

        return ActionOutcome.Next;
    }
}
