using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>An InvokeLambdaFunction block called a function.</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
/// <param name="Function">The function as the flow named it (ARN after placeholder and reference resolution).</param>
/// <param name="FunctionName">The instance model's name for it, or null when unknown.</param>
/// <param name="ServedBy"><c>invoker</c> (our handlers), <c>stub</c> (the instance model's canned response) or <c>unknown</c>.</param>
/// <param name="Duration">How long the call took.</param>
/// <param name="Outcome"><c>succeeded</c>, <c>failed</c>, <c>timedOut</c> or <c>invalidResponse</c>.</param>
/// <param name="Error">Why it failed, or null.</param>
/// <param name="Note">What the invoker said about how it served the call, or null.</param>
public sealed record LambdaCalledEvent(string Flow, string? Action, string Function, string? FunctionName, string ServedBy, TimeSpan Duration,
    string Outcome, string? Error, string? Note) : TranscriptEvent(Flow, Action)
{
    /// <inheritdoc />
    public override string Type => "lambda";

    /// <summary>What the function was sent: its parameters by name and the contact attributes as <c>$.Attributes.NAME</c>
    /// (<see cref="Execution.InvocationValues"/>), for a scenario's <c>expect: lambdas: [{sent: ...}]</c>.</summary>
    public System.Collections.Immutable.ImmutableDictionary<string, string> Sent { get; init; } = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty;

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("function", Function);
        writer.WriteString("functionName", FunctionName);
        writer.WriteString("servedBy", ServedBy);
        writer.WriteNumber("durationMs", Math.Round(Duration.TotalMilliseconds, 3));
        writer.WriteString("outcome", Outcome);
        writer.WriteString("error", Error);
        writer.WriteString("note", Note);
        // What the function was sent, under the keys a scenario's sent: and a mock's when: use: copy them from here.
        writer.WriteStartObject("sent");
        foreach (var (key, value) in Sent.OrderBy(s => s.Key, StringComparer.Ordinal)) writer.WriteString(key, value);
        writer.WriteEndObject();
    }
}
