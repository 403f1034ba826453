using DynamicContactCenter.Flows.Expressions;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Tests.Expressions;

public sealed class ConditionEvaluatorTests
{
    [Theory]
    [InlineData(ConditionOperator.Equals, "True", "True", true)]
    [InlineData(ConditionOperator.Equals, "true", "True", false)]
    [InlineData(ConditionOperator.TextStartsWith, "English line", "English", true)]
    [InlineData(ConditionOperator.TextEndsWith, "English line", "line", true)]
    [InlineData(ConditionOperator.TextContains, "English line", "sh l", true)]
    [InlineData(ConditionOperator.NumberGreaterThan, "10", "9.5", true)]
    [InlineData(ConditionOperator.NumberGreaterOrEqualTo, "10", "10", true)]
    [InlineData(ConditionOperator.NumberLessThan, "4", "4", false)]
    [InlineData(ConditionOperator.NumberLessOrEqualTo, "4", "4", true)]
    [InlineData(ConditionOperator.NumberLessThan, "abc", "4", false)]
    [InlineData(ConditionOperator.NumberGreaterThan, "abc", "4", false)]
    [InlineData(ConditionOperator.NumberGreaterThan, "5", "x", false)]
    public void Holds_Operators_MatchTheReference(ConditionOperator op, string result, string operand, bool expected)
    {
        // Act / Assert
        ConditionEvaluator.Holds(op, result, operand).ShouldBe(expected);
    }

    [Theory]
    [InlineData(ConditionOperator.Equals)]
    [InlineData(ConditionOperator.TextContains)]
    [InlineData(ConditionOperator.NumberLessThan)]
    public void Holds_MissingValue_MatchesNothing(ConditionOperator op)
    {
        // Act / Assert
        ConditionEvaluator.Holds(op, null, "").ShouldBeFalse();
    }
}
