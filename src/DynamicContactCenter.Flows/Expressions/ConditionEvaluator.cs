using System.Globalization;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Expressions;

/// <summary>Evaluates one condition operator against an action's result.</summary>
internal static class ConditionEvaluator
{
    /// <summary>True when <paramref name="op"/> holds for <paramref name="result"/> and <paramref name="operand"/>.
    /// A missing result (null) matches nothing: Connect has no NULL test (reference §2.1).</summary>
    public static bool Holds(ConditionOperator op, string? result, string operand)
    {
        if (result is null) return false;
        return op switch
        {
            ConditionOperator.Equals => string.Equals(result, operand, StringComparison.Ordinal),
            ConditionOperator.TextStartsWith => result.StartsWith(operand, StringComparison.Ordinal),
            ConditionOperator.TextEndsWith => result.EndsWith(operand, StringComparison.Ordinal),
            ConditionOperator.TextContains => result.Contains(operand, StringComparison.Ordinal),
            _ => CompareNumbers(op, result, operand),
        };
    }

    private static bool CompareNumbers(ConditionOperator op, string result, string operand)
    {
        // Documented: a numeric operator is false when either side is not a number (no string fallback, unlike the legacy simulator).
        if (!TryNumber(result, out var left) || !TryNumber(operand, out var right)) return false;
        return op switch
        {
            ConditionOperator.NumberGreaterThan => left > right,
            ConditionOperator.NumberGreaterOrEqualTo => left >= right,
            ConditionOperator.NumberLessThan => left < right,
            ConditionOperator.NumberLessOrEqualTo => left <= right,
            _ => false,
        };
    }

    public static bool TryNumber(string text, out decimal value) =>
        decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
