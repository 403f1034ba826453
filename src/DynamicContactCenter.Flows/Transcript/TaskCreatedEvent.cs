using System.Text.Json;
using DynamicContactCenter.Flows.Execution;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>CreateTask created a task (it does not affect this call).</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
/// <param name="Task">The task with its resolved fields.</param>
public sealed record TaskCreatedEvent(string Flow, string? Action, CreatedTask Task) : TranscriptEvent(Flow, Action)
{
    /// <inheritdoc />
    public override string Type => "taskCreated";

    internal override void WriteDetails(Utf8JsonWriter writer) => WriteTask(writer, Task);

    /// <summary>Writes the task's fields (also the result's <c>tasks</c> list).</summary>
    internal static void WriteTask(Utf8JsonWriter writer, CreatedTask task)
    {
        writer.WriteString("name", task.Name);
        writer.WriteString("contactFlow", task.ContactFlow);
        writer.WriteString("contactFlowArn", task.ContactFlowArn);
        writer.WriteString("description", task.Description);
        CallResultJsonWriter.WriteStringMap(writer, "attributes", task.Attributes);
        writer.WriteStartObject("references");
        foreach (var (name, reference) in task.References.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            writer.WriteStartObject(name);
            writer.WriteString("type", reference.Type);
            writer.WriteString("value", reference.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        if (task.DelaySeconds is { } delay) writer.WriteNumber("delaySeconds", delay);
        else writer.WriteNull("delaySeconds");
        writer.WriteString("scheduledTime", task.ScheduledTime);
        writer.WriteString("taskTemplateId", task.TaskTemplateId);
    }
}
