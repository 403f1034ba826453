using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>The working queue was set (UpdateContactTargetQueue).</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
/// <param name="QueueName">The queue's name.</param>
/// <param name="QueueArn">The queue's ARN.</param>
public sealed record QueueSetEvent(string Flow, string? Action, string QueueName, string QueueArn) : TranscriptEvent(Flow, Action)
{
    /// <inheritdoc />
    public override string Type => "queueSet";

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("queue", QueueName);
        writer.WriteString("queueArn", QueueArn);
    }
}
