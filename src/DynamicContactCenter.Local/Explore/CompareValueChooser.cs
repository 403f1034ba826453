using System.Globalization;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Local.Explore;

/// <summary>Compare ("Check contact attributes"): a value that satisfies the branch's condition (or none, for NoMatchingCondition),
/// put where the compared reference reads it (<see cref="ReferenceValues"/>). Values that come from routing data are reached by the explorer's seeds (every dialed number of
/// the store), not here.</summary>
internal sealed class CompareValueChooser : IInputChooser
{
    /// <summary>A value no ordinary condition expects, for NoMatchingCondition.</summary>
    public const string NoMatch = "dcc-explore-no-match";

    public bool Decides(string actionType) => actionType == ActionTypes.Compare;

    public IEnumerable<ExploreCandidate> Candidates(ChoicePoint point, string branch)
    {
        var value = point.Condition(branch) is { } condition ? Satisfying(condition) : branch == ErrorTypes.NoMatchingCondition ? NoMatch : null;
        return value is null || point.Check is not { } compared ? [] : ReferenceValues.Place(point, compared, value);
    }

    /// <summary>A value that makes <paramref name="condition"/> hold (<see cref="Flows.Expressions.ConditionEvaluator"/>'s operators).</summary>
    private static string? Satisfying(TransitionCondition condition)
    {
        if (condition.Operands.IsDefaultOrEmpty) return null;
        var operand = condition.Operands[0];
        var number = decimal.TryParse(operand, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : (decimal?)null;
        return condition.Operator switch
        {
            ConditionOperator.NumberGreaterThan => number is { } g ? (g + 1).ToString(CultureInfo.InvariantCulture) : null,
            ConditionOperator.NumberLessThan => number is { } l ? (l - 1).ToString(CultureInfo.InvariantCulture) : null,
            ConditionOperator.NumberGreaterOrEqualTo or ConditionOperator.NumberLessOrEqualTo => number is null ? null : operand,
            _ => operand,
        };
    }
}
