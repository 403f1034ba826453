using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>An action produced a result and a branch was chosen from its conditions.</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
/// <param name="Check">What was checked, e.g. <c>hours Business Hours</c>, <c>$.Attributes.Language</c>, <c>NumberOfAgentsAvailable English</c>.</param>
/// <param name="Value">The result, or null when the value was missing.</param>
/// <param name="Branch">The branch taken: the condition (<c>Equals True</c>) or <c>NoMatchingCondition</c>.</param>
/// <param name="Target">The Identifier of the next action.</param>
public sealed record CheckEvent(string Flow, string? Action, string Check, string? Value, string Branch, string Target) : TranscriptEvent(Flow, Action)
{
    /// <inheritdoc />
    public override string Type => "check";

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("check", Check);
        writer.WriteString("value", Value);
        writer.WriteString("branch", Branch);
        writer.WriteString("target", Target);
    }
}
