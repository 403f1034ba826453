using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>The contact was queued (TransferContactToQueue or DequeueContactAndTransferToQueue succeeded). The call ends here.</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
/// <param name="QueueName">The queue's name.</param>
/// <param name="QueueArn">The queue's ARN.</param>
/// <param name="AvailableAgents">Agents available in that queue at the time.</param>
public sealed record QueuedEvent(string Flow, string? Action, string QueueName, string QueueArn, int AvailableAgents) : TranscriptEvent(Flow, Action)
{
    /// <inheritdoc />
    public override string Type => "queued";

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("queue", QueueName);
        writer.WriteString("queueArn", QueueArn);
        writer.WriteNumber("availableAgents", AvailableAgents);
    }
}
