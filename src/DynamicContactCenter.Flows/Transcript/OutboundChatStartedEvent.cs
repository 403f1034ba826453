using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>StartOutboundChatContact started an outbound SMS chat: a new contact, so its flow does not run in this call.</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
/// <param name="Destination">The customer's phone number the SMS goes to (E.164).</param>
/// <param name="Source">The Connect phone number's ARN it is sent from.</param>
/// <param name="ContactFlow">The new chat's flow: its name in the instance model, or the reference as written when the model lacks it.</param>
/// <param name="Message">The initial system message, or null when none is sent.</param>
public sealed record OutboundChatStartedEvent(string Flow, string? Action, string Destination, string Source, string ContactFlow, string? Message)
    : TranscriptEvent(Flow, Action)
{
    /// <inheritdoc />
    public override string Type => "outboundChat";

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("destination", Destination);
        writer.WriteString("source", Source);
        writer.WriteString("contactFlow", ContactFlow);
        if (Message is not null) writer.WriteString("message", Message);
    }
}
