using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>One wired branch of an action (<see cref="TransitionChoice.Branches"/>): the success branch when neither
/// <paramref name="Condition"/> nor <paramref name="ErrorType"/> is set.</summary>
/// <param name="Target">The action it leads to.</param>
/// <param name="Condition">The condition that takes it, for a condition branch.</param>
/// <param name="ErrorType">The error type that takes it, for an error branch.</param>
public readonly record struct TransitionBranch(string Target, TransitionCondition? Condition, string? ErrorType)
{
    /// <summary>The branch as the transcript and coverage name it: <c>NextAction</c>, the condition (<c>Equals 1</c>) or the error type.</summary>
    public string Label => Condition is { } condition ? TransitionChoice.Label(condition) : ErrorType ?? TransitionChoice.NextAction;

    /// <summary>True for an error branch.</summary>
    public bool IsError => ErrorType is not null;
}
