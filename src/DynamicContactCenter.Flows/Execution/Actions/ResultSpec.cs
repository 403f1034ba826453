using System.Collections.Immutable;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>The result an action produces and the conditions allowed on it (reference §7 "R").</summary>
/// <param name="Allowed">The conditions allowed, as docs/actions.md lists them.</param>
/// <param name="Check">Null when the condition is allowed on the action, else what is allowed (for the lint finding).</param>
internal sealed record ResultSpec(string Allowed, Func<FlowAction, TransitionCondition, string?> Check)
{
    /// <summary>Every result the action can produce, when they are a fixed few: conditions on all of them need no NoMatchingCondition.</summary>
    public ImmutableArray<string> Results { get; init; } = [];

    /// <summary>True for a configuration of the action that produces no result (GetParticipantInput storing input).</summary>
    public Func<FlowAction, bool> AbsentFor { get; init; } = static _ => false;

    /// <summary>The single operand of a condition, or null when it has none or several.</summary>
    public static string? Operand(TransitionCondition condition) => condition.Operands.Length == 1 ? condition.Operands[0] : null;

    /// <summary>Conditions that <paramref name="allows"/> accepts, whatever the action's parameters; <paramref name="allowed"/> says which.</summary>
    public static ResultSpec Where(string allowed, Func<TransitionCondition, bool> allows) => new(allowed, (_, c) => allows(c) ? null : allowed);

    /// <summary>A result that is always one of <paramref name="results"/>: only <c>Equals</c> one of them is allowed.</summary>
    public static ResultSpec EqualsOneOf(params string[] results) =>
        Where(string.Join(" or ", results.Select(r => "Equals " + r)), c => c.Operator == ConditionOperator.Equals && Operand(c) is { } operand && results.Contains(operand))
            with
        { Results = [.. results] };

    /// <summary>A value any operator may test, with exactly one operand (Compare).</summary>
    public static ResultSpec AnyOperator { get; } = new("any operator, one operand", (_, c) => Operand(c) is null ? "exactly one operand" : null);

    /// <summary>Every result the action can produce when they follow from its parameters (Wait: WaitCompleted and each event it
    /// listens for); null when <see cref="Results"/> says it.</summary>
    public Func<FlowAction, ImmutableArray<string>>? ResultsOf { get; init; }

    /// <summary>True when the conditions of <paramref name="action"/> cover every result it can produce.</summary>
    public bool CoveredBy(FlowAction action)
    {
        var results = ResultsOf?.Invoke(action) ?? Results;
        return !results.IsEmpty && results.All(r => action.Transitions.Conditions.Any(c => c.Operator == ConditionOperator.Equals && Operand(c) == r));
    }
}
