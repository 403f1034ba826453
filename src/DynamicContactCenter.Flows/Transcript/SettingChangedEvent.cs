using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>A contact setting changed: language, logging, recording, event hook, routing priority, callback number, ...</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
/// <param name="Setting">The setting, e.g. <c>LanguageCode</c>, <c>FlowLogging</c>, <c>EventHook.CustomerQueue</c>.</param>
/// <param name="Value">Its new value.</param>
public sealed record SettingChangedEvent(string Flow, string? Action, string Setting, string Value) : TranscriptEvent(Flow, Action)
{
    /// <inheritdoc />
    public override string Type => "setting";

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("setting", Setting);
        writer.WriteString("value", Value);
    }
}
