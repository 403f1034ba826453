using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>The call ended: disconnected (DisconnectParticipant, a blind transfer) or the flow ended (EndFlowExecution).</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
/// <param name="Disconnected">True for a disconnect; false when the flow ended (which, before queueing, also ends the contact).</param>
/// <param name="Reason">What ended it.</param>
public sealed record CallEndedEvent(string Flow, string? Action, bool Disconnected, string Reason) : TranscriptEvent(Flow, Action)
{
    /// <inheritdoc />
    public override string Type => Disconnected ? "disconnected" : "ended";

    internal override void WriteDetails(Utf8JsonWriter writer) => writer.WriteString("reason", Reason);
}
