using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>A contact, flow or other attribute was set.</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
/// <param name="Namespace"><c>Attributes</c>, <c>FlowAttributes</c>, <c>Tags</c> or a contact-data key group.</param>
/// <param name="Key">The key.</param>
/// <param name="Value">The value after resolution.</param>
public sealed record AttributeSetEvent(string Flow, string? Action, string Namespace, string Key, string Value) : TranscriptEvent(Flow, Action)
{
    /// <inheritdoc />
    public override string Type => "attributeSet";

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("namespace", Namespace);
        writer.WriteString("key", Key);
        writer.WriteString("value", Value);
    }
}
