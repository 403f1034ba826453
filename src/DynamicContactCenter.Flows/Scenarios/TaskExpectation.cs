namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>One task the call must create with CreateTask, in order: its resolved name and, optionally, the flow it runs in.</summary>
/// <param name="Name">The task's name after interpolation.</param>
/// <param name="Flow">The task flow's name or ARN (or the reference as written, for a stub); null for any.</param>
public sealed record TaskExpectation(string Name, string? Flow)
{
    /// <summary>The expectation for people: <c>Call back</c> or <c>Call back in TaskFlow</c>.</summary>
    public override string ToString() => Flow is null ? Name : $"{Name} in {Flow}";
}
