using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>The caller heard a prompt.</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
/// <param name="Text">The text after interpolation (the SSML markup, the prompt id or the media URI for those forms).</param>
/// <param name="Format"><c>text</c>, <c>ssml</c>, <c>prompt</c> or <c>media</c>.</param>
/// <param name="Voice">The voice that spoke it.</param>
/// <param name="LanguageCode">The contact's language code at the time.</param>
public sealed record PromptSpokenEvent(string Flow, string? Action, string Text, string Format, string Voice, string LanguageCode)
    : TranscriptEvent(Flow, Action)
{
    /// <inheritdoc />
    public override string Type => "prompt";

    /// <summary>While waiting in queue (<c>--wait</c>): the time since the contact was queued when the prompt began, else null.</summary>
    public TimeSpan? Waited { get; init; }

    /// <summary>True for a prompt of the agent whisper flow: the agent hears it, not the caller.</summary>
    public bool ToAgent { get; init; }

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("text", Text);
        writer.WriteString("format", Format);
        writer.WriteString("voice", Voice);
        writer.WriteString("languageCode", LanguageCode);
        if (Waited is { } waited) writer.WriteNumber("waitedSeconds", (long)waited.TotalSeconds);
        if (ToAgent) writer.WriteBoolean("toAgent", true);
    }
}
