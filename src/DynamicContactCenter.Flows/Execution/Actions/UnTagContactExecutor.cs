using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>UnTagContact: <c>TagKeys</c>, a list of tag keys (each static or a single reference), removed from <c>$.Tags</c> (reference
/// §7, "TagContact / UnTagContact"). A key the contact does not have is a no-op; a key with the reserved <c>aws:</c> prefix takes
/// NoMatchingError, as TagContact does.</summary>
internal sealed class UnTagContactExecutor : SyncExecutor
{
    private const string Field = "Parameters.TagKeys";

    public static UnTagContactExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail("UnTagContact") with { CrossParameterProblems = TagKeyProblems };

    protected override ActionOutcome Execute(CallContext c)
    {
        if (c.Action.Parameters.Element("TagKeys") is not { ValueKind: JsonValueKind.Array } list || TagKeyProblems(c.Action.Parameters.Raw).Any())
        {
            return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, Field, FlowMessages.MissingParameter.Format, ExpectedKeys);
        }

        var keys = list.EnumerateArray().Select((k, i) => c.ResolveValue(k.GetString()!, $"{Field}[{i}]", out _) ?? "").ToList();
        if (keys.Find(k => k.StartsWith("aws:", StringComparison.OrdinalIgnoreCase)) is { } reserved)
        {
            return ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, FlowMessages.InvalidParameter.Code, Field, FlowMessages.InvalidParameter.Format,
                reserved, "a tag key without the reserved aws: prefix");
        }

        foreach (var key in keys) c.Emit(new TagRemovedEvent(c.FlowName, c.Action.Id, key, c.Tags.Remove(key)));
        return ActionOutcome.Next;
    }

    private const string ExpectedKeys = "TagKeys: a non-empty list of tag keys (strings)";

    private static IEnumerable<(string Field, string Expected)> TagKeyProblems(JsonElement parameters)
    {
        var list = ParameterReader.Find(parameters, "TagKeys");
        if (list is not { ValueKind: JsonValueKind.Array } keys || keys.GetArrayLength() == 0 || keys.EnumerateArray().Any(k => k.ValueKind != JsonValueKind.String))
        {
            yield return (Field, ExpectedKeys);
        }
    }
}
