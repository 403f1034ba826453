using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>A flow (or module) started running.</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Arn">Its ARN, when the instance model knows it.</param>
/// <param name="File">The file it was read from.</param>
public sealed record FlowStartedEvent(string Flow, string? Arn, string? File) : TranscriptEvent(Flow, null)
{
    /// <inheritdoc />
    public override string Type => "flowStarted";

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("arn", Arn);
        writer.WriteString("file", File);
    }
}
