using System.Collections.Immutable;
using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Create task" (CreateTask): <c>ContactFlowId</c> (required, static or a single reference), <c>Name</c> (required),
/// <c>Description</c>, <c>Attributes</c> {k: v}, <c>References</c> {name: {Type, Value}}, <c>DelaySeconds</c> (1–518,400) or
/// <c>ScheduledTime</c>, <c>TaskTemplateId</c> (reference §7, API:createtask). The task does not affect the contact: the transcript
/// records it with every field resolved, and <see cref="CallResult.Tasks"/> lists it for scenarios to assert. The task's flow is not
/// run (it is another contact). A flow the instance model does not know is a stub, as for TransferToFlow: the task is recorded for it
/// as named with a DCC3331 warning; with <see cref="CallRequest.Strict"/> it takes NoMatchingError (DCC3304).</summary>
internal sealed class CreateTaskExecutor : SyncExecutor
{
    private const int MaxDelaySeconds = 518_400;

    public static CreateTaskExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail("CreateTask") with
    {
        Parameters =
        [
            // Not a FlowReference: DCC5017 checks flows a call enters, and the task's flow runs in another contact.
            ParameterSpec.RequiredScalar("ContactFlowId", "the task flow's ARN, id or a ${Name} placeholder"),
            ParameterSpec.RequiredScalar("Name", "the task's name"),
            new ParameterSpec("Attributes") { Shape = ParameterShape.StringMap, Expected = "an object of string values" },
            ParameterSpec.WholeNumber("DelaySeconds", 1, MaxDelaySeconds),
        ],
        CrossParameterProblems = ScheduleProblems,
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        var p = c.Action.Parameters;
        if (p.Text("ContactFlowId") is not { } flowText)
        {
            return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters.ContactFlowId", FlowMessages.MissingParameter.Format, "the task flow's ARN or id");
        }

        if (p.Text("Name") is not { } nameText)
        {
            return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters.Name", FlowMessages.MissingParameter.Format, "the task's name");
        }

        if (ScheduleProblems(p.Raw).FirstOrDefault() is { Field: not null } schedule)
        {
            return ExecutorSupport.Stop(c, FlowMessages.InvalidParameter.Code, schedule.Field, FlowMessages.InvalidParameter.Format, "DelaySeconds and ScheduledTime", schedule.Expected);
        }

        var delay = ExecutorSupport.ReadInt(c, "DelaySeconds", 1, MaxDelaySeconds, out var failure);
        if (failure is not null) return failure;
        if (OtherContactFlow.Resolve(c, flowText, "Parameters.ContactFlowId", ActionMessages.TaskFlowStub, out failure) is not { } flow) return failure!;
        var task = new CreatedTask(c.Interpolate(nameText, "Parameters.Name"), flow.Name, flow.Arn)
        {
            Description = p.Text("Description") is { } description ? c.Interpolate(description, "Parameters.Description") : null,
            Attributes = Attributes(c),
            References = References(c),
            DelaySeconds = delay,
            ScheduledTime = p.Text("ScheduledTime") is { } scheduled ? c.Interpolate(scheduled, "Parameters.ScheduledTime") : null,
            TaskTemplateId = p.Text("TaskTemplateId") is { } template ? c.ResolveValue(template, "Parameters.TaskTemplateId", out _) : null,
        };
        c.Emit(new TaskCreatedEvent(c.FlowName, c.Action.Id, task));
        return ActionOutcome.Next;
    }

    private static ImmutableDictionary<string, string> Attributes(CallContext c) =>
        c.Action.Parameters.Object("Attributes") is { } attributes
            ? attributes.EnumerateObject().ToImmutableDictionary(a => a.Name,
                a => c.Interpolate(Parsing.FlowDocumentReader.ScalarText(a.Value), "Parameters.Attributes." + a.Name), StringComparer.Ordinal)
            : ImmutableDictionary<string, string>.Empty;

    // A reference is {Type, Value}; a value written without the object (a bare string) is read as a URL, the console's default type.
    private static ImmutableDictionary<string, TaskReference> References(CallContext c) =>
        c.Action.Parameters.Object("References") is { } references
            ? references.EnumerateObject().ToImmutableDictionary(r => r.Name, r => Reference(c, r), StringComparer.Ordinal)
            : ImmutableDictionary<string, TaskReference>.Empty;

    private static TaskReference Reference(CallContext c, JsonProperty reference)
    {
        var field = "Parameters.References." + reference.Name;
        if (reference.Value.ValueKind != JsonValueKind.Object) return new("URL", c.Interpolate(Parsing.FlowDocumentReader.ScalarText(reference.Value), field));
        var type = ParameterReader.Find(reference.Value, "Type") is { } t ? Parsing.FlowDocumentReader.ScalarText(t) : "URL";
        var value = ParameterReader.Find(reference.Value, "Value") is { } v ? c.Interpolate(Parsing.FlowDocumentReader.ScalarText(v), field + ".Value") : "";
        return new(type, value);
    }

    private static IEnumerable<(string Field, string Expected)> ScheduleProblems(JsonElement parameters)
    {
        if (ParameterReader.Find(parameters, "DelaySeconds") is not null && ParameterReader.Find(parameters, "ScheduledTime") is not null)
        {
            yield return ("Parameters.ScheduledTime", "DelaySeconds or ScheduledTime, not both");
        }
    }
}
