using DynamicContactCenter.Flows.Expressions;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>The one reading of an action's transitions: which branch a result or an error takes (the interpreter follows it, exploration
/// marks it as the branch taken), and every branch an action has. Labels are the ones the transcript shows.</summary>
public static class TransitionChoice
{
    /// <summary>The label of the success branch.</summary>
    public const string NextAction = "NextAction";

    /// <summary>The branch a result takes: the first condition that holds, else NoMatchingCondition, else NextAction when the action
    /// has no conditions (a menu that only says "press any key"). Null when none is wired.</summary>
    public static (string Target, string Label)? ForResult(Transitions transitions, string? value)
    {
        foreach (var condition in transitions.Conditions)
        {
            var operand = Operand(condition);
            if (ConditionEvaluator.Holds(condition.Operator, value, operand)) return (condition.NextAction, Label(condition));
        }

        if (transitions.FindError(ErrorTypes.NoMatchingCondition) is { } noMatch) return (noMatch, ErrorTypes.NoMatchingCondition);
        if (transitions.Conditions.IsEmpty && transitions.NextAction is { } next) return (next, NextAction);
        return null;
    }

    /// <summary>The branch an error takes: its own entry, else NoMatchingError (reference §3.5). Null when neither is wired.</summary>
    public static (string Target, string WiredAs)? ForError(Transitions transitions, string errorType)
    {
        if (transitions.FindError(errorType) is { } target) return (target, errorType);
        if (errorType != ErrorTypes.NoMatchingError && transitions.FindError(ErrorTypes.NoMatchingError) is { } fallback) return (fallback, ErrorTypes.NoMatchingError);
        return null;
    }

    /// <summary>Every branch the action wires, in the order the flow lists them: NextAction, each condition, each error. The linter's
    /// reachability (DCC5007, DCC5018) and the graph's edges read this one list.</summary>
    public static IEnumerable<TransitionBranch> Branches(Transitions transitions)
    {
        if (transitions.NextAction is { } next) yield return new TransitionBranch(next, null, null);
        foreach (var condition in transitions.Conditions) yield return new TransitionBranch(condition.NextAction, condition, null);
        foreach (var error in transitions.Errors) yield return new TransitionBranch(error.NextAction, null, error.ErrorType);
    }

    /// <summary>The actions <see cref="Branches"/> lead to.</summary>
    public static IEnumerable<string> Targets(Transitions transitions) => Branches(transitions).Select(b => b.Target);

    /// <summary>A condition as the transcript names it: <c>Equals 1</c>.</summary>
    public static string Label(TransitionCondition condition) => $"{condition.Operator} {Operand(condition)}";

    private static string Operand(TransitionCondition condition) => condition.Operands.IsDefaultOrEmpty ? "" : condition.Operands[0];
}
