namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>One Lambda call the flows must make, in order: the function (instance model name, or its ARN) and optionally how it went.</summary>
/// <param name="Function">The function name (e.g. <c>GetPrompts</c>) or ARN.</param>
/// <param name="Outcome"><c>succeeded</c>, <c>failed</c>, <c>timedOut</c> or <c>invalidResponse</c>; null for any.</param>
public sealed record LambdaExpectation(string Function, string? Outcome)
{
    /// <summary>The outcomes a Lambda call can have in the transcript.</summary>
    public static readonly IReadOnlyList<string> Outcomes = ["succeeded", "failed", "timedOut", "invalidResponse"];

    /// <summary>What the function must have been sent (<c>sent:</c>; keys as <see cref="Execution.InvocationValues"/>): a subset, so keys
    /// not listed (the many contact attributes a flow sends) are not checked; empty when not checked.</summary>
    public System.Collections.Immutable.ImmutableDictionary<string, string> Sent { get; init; } = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty;

    /// <summary>The expectation for people: <c>GetPrompts</c> or <c>GetPrompts failed</c>.</summary>
    public override string ToString() => Outcome is null ? Function : $"{Function} {Outcome}";
}
