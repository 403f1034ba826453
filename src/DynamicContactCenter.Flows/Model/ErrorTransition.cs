namespace DynamicContactCenter.Flows.Model;

/// <summary>One entry of <c>Transitions.Errors</c>.</summary>
/// <param name="ErrorType">The error name, e.g. <c>NoMatchingError</c>, <c>QueueAtCapacity</c>.</param>
/// <param name="NextAction">The target.</param>
public sealed record ErrorTransition(string ErrorType, string NextAction);
