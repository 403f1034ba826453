using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>UpdatePreviousContactParticipantState put a participant of the previous contact on hold or took them off it.</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
/// <param name="State"><c>AgentOnHold</c>, <c>CustomerOnHold</c> or <c>OffHold</c>.</param>
public sealed record ParticipantStateEvent(string Flow, string? Action, string State) : TranscriptEvent(Flow, Action)
{
    /// <inheritdoc />
    public override string Type => "participantState";

    internal override void WriteDetails(Utf8JsonWriter writer) => writer.WriteString("state", State);
}
