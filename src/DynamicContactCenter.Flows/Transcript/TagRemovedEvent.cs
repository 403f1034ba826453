using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>UnTagContact removed a tag from the contact.</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
/// <param name="Key">The tag key removed.</param>
/// <param name="Present">False when the contact had no such tag (removing it is then a no-op, as in Connect).</param>
public sealed record TagRemovedEvent(string Flow, string? Action, string Key, bool Present) : TranscriptEvent(Flow, Action)
{
    /// <inheritdoc />
    public override string Type => "tagRemoved";

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("key", Key);
        writer.WriteBoolean("present", Present);
    }
}
