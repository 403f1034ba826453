using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>GetParticipantInput took the caller's keys, or timed out.</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
/// <param name="Digits">The keys taken (empty on timeout).</param>
/// <param name="TimedOut">True when no key came before the time limit.</param>
/// <param name="Stored">True in store mode (the value went to $.StoredCustomerInput).</param>
public sealed record InputReceivedEvent(string Flow, string? Action, string Digits, bool TimedOut, bool Stored) : TranscriptEvent(Flow, Action)
{
    /// <inheritdoc />
    public override string Type => "input";

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("digits", Digits);
        writer.WriteBoolean("timedOut", TimedOut);
        writer.WriteBoolean("stored", Stored);
    }
}
