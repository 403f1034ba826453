using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>An action failed and the flow followed an error branch.</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
/// <param name="ErrorType">The error (<c>NoMatchingError</c>, <c>QueueAtCapacity</c>, ...).</param>
/// <param name="WiredAs">The Errors entry that matched (the error itself, or the <c>NoMatchingError</c> fallback).</param>
/// <param name="Reason">Why the action failed.</param>
/// <param name="Target">The Identifier of the next action.</param>
public sealed record ErrorBranchEvent(string Flow, string? Action, string ErrorType, string WiredAs, string? Reason, string Target) : TranscriptEvent(Flow, Action)
{
    /// <inheritdoc />
    public override string Type => "errorBranch";

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("errorType", ErrorType);
        writer.WriteString("wiredAs", WiredAs);
        writer.WriteString("reason", Reason);
        writer.WriteString("target", Target);
    }
}
