using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>UpdateContactMediaStreamingBehavior started or stopped live media streaming.</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
/// <param name="Started">True when streaming started (Enabled), false when it stopped (Disabled).</param>
/// <param name="Participants">Who is streamed and which way, e.g. <c>Customer: From, To</c>.</param>
public sealed record MediaStreamingEvent(string Flow, string? Action, bool Started, string Participants) : TranscriptEvent(Flow, Action)
{
    /// <inheritdoc />
    public override string Type => "mediaStreaming";

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteBoolean("started", Started);
        writer.WriteString("participants", Participants);
    }
}
