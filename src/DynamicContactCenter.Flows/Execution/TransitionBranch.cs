using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>One wired branch of an action (<see cref="TransitionChoice.Branches"/>): the success branch when neither
/// <paramref name="Condition"/> nor <paramref name="ErrorType"/> is set.</summary>
/// <param name="Target">The action it leads to.</param>
/// <param name="Condition">The condition that takes it, for a condition branch.</param>
/// <param name="ErrorType">The error type that takes it, for an error branch.</param>
internal readonly record struct TransitionBranch(string Target, TransitionCondition? Condition, string? ErrorType);
