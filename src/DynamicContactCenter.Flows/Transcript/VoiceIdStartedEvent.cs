using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>StartVoiceIdStream started sending the caller's audio to Voice ID; a later CheckVoiceId answers from the call's model.</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
public sealed record VoiceIdStartedEvent(string Flow, string? Action) : TranscriptEvent(Flow, Action)
{
    /// <inheritdoc />
    public override string Type => "voiceIdStarted";

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
    }
}
