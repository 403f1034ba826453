using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>Control left the flow: to another flow, into or out of a module, or to a phone number.</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
/// <param name="Kind"><c>flow</c>, <c>module</c>, <c>moduleReturn</c>, <c>thirdParty</c> or <c>callback</c>.</param>
/// <param name="Target">The target flow's name, or the phone number.</param>
/// <param name="TargetArn">The target's ARN, or null.</param>
public sealed record TransferEvent(string Flow, string? Action, string Kind, string Target, string? TargetArn) : TranscriptEvent(Flow, Action)
{
    /// <inheritdoc />
    public override string Type => "transfer";

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("kind", Kind);
        writer.WriteString("target", Target);
        writer.WriteString("targetArn", TargetArn);
    }
}
