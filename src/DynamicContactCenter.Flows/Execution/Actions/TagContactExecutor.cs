using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>TagContact: at most 6 user tags, none with the reserved <c>aws:</c> prefix; otherwise NoMatchingError.</summary>
internal sealed class TagContactExecutor : SyncExecutor
{
    public static TagContactExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(ActionTypes.TagContact);

    private const int MaxTags = 6;

    protected override ActionOutcome Execute(CallContext c)
    {
        if (c.Action.Parameters.Object("Tags") is not { } tags)
        {
            return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters.Tags", FlowMessages.MissingParameter.Format, "an object of tag keys to values");
        }

        var resolved = tags.EnumerateObject()
            .Select(t => (t.Name, Value: c.Interpolate(Parsing.FlowDocumentReader.ScalarText(t.Value), "Parameters.Tags." + t.Name)))
            .ToList();
        if (resolved.Find(t => t.Name.StartsWith("aws:", StringComparison.OrdinalIgnoreCase)) is { Name: not null } reserved)
        {
            return ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, FlowMessages.InvalidParameter.Code, "Parameters.Tags." + reserved.Name, FlowMessages.InvalidParameter.Format,
                reserved.Name, "a tag key without the reserved aws: prefix");
        }

        if (resolved.Select(t => t.Name).Union(c.Tags.Keys).Count() > MaxTags)
        {
            return ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, FlowMessages.InvalidParameter.Code, "Parameters.Tags", FlowMessages.InvalidParameter.Format,
                $"{resolved.Count} tags", $"at most {MaxTags} user tags per contact");
        }

        foreach (var (name, value) in resolved)
        {
            c.Tags[name] = value;
            c.Emit(new AttributeSetEvent(c.FlowName, c.Action.Id, "Tags", name, value));
        }

        return ActionOutcome.Next;
    }
}
