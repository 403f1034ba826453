using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Model;

/// <summary>An action's way out: the success target, the ordered conditions on its result, and the error targets.</summary>
/// <param name="NextAction">The target on success without a result, or null (terminal actions).</param>
/// <param name="Conditions">Conditions in document order; the first true one wins.</param>
/// <param name="Errors">Error targets by ErrorType.</param>
public sealed record Transitions(string? NextAction, ImmutableArray<TransitionCondition> Conditions, ImmutableArray<ErrorTransition> Errors)
{
    /// <summary>No way out (a terminal action).</summary>
    public static Transitions None { get; } = new(null, [], []);

    /// <summary>The target for <paramref name="errorType"/>, or null when the flow does not wire it.</summary>
    public string? FindError(string errorType)
    {
        foreach (var error in Errors)
        {
            if (string.Equals(error.ErrorType, errorType, StringComparison.Ordinal)) return error.NextAction;
        }

        return null;
    }
}
