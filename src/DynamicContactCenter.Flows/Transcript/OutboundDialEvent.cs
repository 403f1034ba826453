using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>CompleteOutboundCall dialled the customer of an outbound contact.</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
/// <param name="CustomerNumber">The number dialled (<c>$.CustomerEndpoint.Address</c>).</param>
/// <param name="CallerId">The caller ID presented (CallerId.Number), or null for the queue's outbound caller ID.</param>
public sealed record OutboundDialEvent(string Flow, string? Action, string CustomerNumber, string? CallerId) : TranscriptEvent(Flow, Action)
{
    /// <inheritdoc />
    public override string Type => "outboundDial";

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("customerNumber", CustomerNumber);
        writer.WriteString("callerId", CallerId);
    }
}
