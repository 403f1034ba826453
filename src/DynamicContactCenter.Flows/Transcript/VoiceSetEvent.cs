using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>The text-to-speech voice changed (UpdateContactTextToSpeechVoice).</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
/// <param name="Voice">The Polly voice.</param>
/// <param name="Engine">The engine (e.g. Neural), or null.</param>
/// <param name="Style">The speaking style, or null.</param>
public sealed record VoiceSetEvent(string Flow, string? Action, string Voice, string? Engine, string? Style) : TranscriptEvent(Flow, Action)
{
    /// <inheritdoc />
    public override string Type => "voiceSet";

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("voice", Voice);
        writer.WriteString("engine", Engine);
        writer.WriteString("style", Style);
    }
}
