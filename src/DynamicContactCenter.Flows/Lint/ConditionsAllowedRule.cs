using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5013: conditions only on actions with a result, and only the operators and operands each allows (reference §7):
/// hours <c>Equals True|False</c>; staffing metrics <c>NumberGreaterThan 0</c>; Loop <c>Equals ContinueLooping|DoneLooping</c>;
/// a menu <c>Equals</c> one key; Loop prompts <c>Equals MessagesInterrupted</c>; DistributeByPercentage <c>NumberLessThan</c>.</summary>
internal sealed class ConditionsAllowedRule : IFlowRule
{
    private static readonly string[] NumberOperators =
        [nameof(ConditionOperator.NumberGreaterThan), nameof(ConditionOperator.NumberGreaterOrEqualTo), nameof(ConditionOperator.NumberLessThan), nameof(ConditionOperator.NumberLessOrEqualTo)];

    public void Check(LintedFlow flow, LintFindings findings)
    {
        foreach (var action in flow.Model!.Actions)
        {
            if (!ActionSpec.ByType.TryGetValue(action.Type, out var spec) || action.Transitions.Conditions.IsEmpty) continue;
            if (!spec.HasResult || IsStoreMode(action))
            {
                findings.Flow(LintRules.ConditionsAllowed, flow, action.Identifier, "Transitions.Conditions", LintMessages.NoConditionsAllowed, action.Type);
                continue;
            }

            var i = 0;
            foreach (var condition in action.Transitions.Conditions)
            {
                var operand = condition.Operands.Length == 1 ? condition.Operands[0] : null;
                var expected = Allowed(action, condition, operand);
                if (expected is not null)
                {
                    findings.Flow(LintRules.ConditionsAllowed, flow, action.Identifier, $"Transitions.Conditions[{i}]", LintMessages.ConditionNotAllowed,
                        $"{condition.Operator} {string.Join(", ", condition.Operands)}", action.Type, expected);
                }

                i++;
            }
        }
    }

    /// <summary>Null when the condition is allowed, else what is allowed.</summary>
    private static string? Allowed(FlowAction action, TransitionCondition condition, string? operand)
    {
        bool IsEquals(params string[] values) => condition.Operator == ConditionOperator.Equals && operand is not null && values.Contains(operand);
        switch (action.Type)
        {
            case ActionTypes.CheckHoursOfOperation:
                return IsEquals("True", "False") ? null : "Equals True or Equals False";
            case ActionTypes.Loop:
                return IsEquals("ContinueLooping", "DoneLooping") ? null : "Equals ContinueLooping or Equals DoneLooping";
            case ActionTypes.MessageParticipantIteratively:
                return IsEquals("MessagesInterrupted") ? null : "Equals MessagesInterrupted";
            case ActionTypes.GetParticipantInput:
                return condition.Operator == ConditionOperator.Equals && operand is { Length: 1 } key && (char.IsAsciiDigit(key[0]) || key[0] is '*' or '#')
                    ? null : "Equals one key: 0-9, * or #";
            case ActionTypes.DistributeByPercentage:
                return condition.Operator == ConditionOperator.NumberLessThan && operand is not null && decimal.TryParse(operand, out var p) && p is >= 1 and <= 101
                    ? null : "NumberLessThan 1 + the cumulative percentage (2 to 101)";
            case ActionTypes.CheckMetricData:
                var metric = ParameterStrings.TryGet(action.Parameters, "MetricType", out var m) ? m.ToString() : "";
                if (metric.StartsWith("NumberOfAgents", StringComparison.Ordinal))
                {
                    return condition.Operator == ConditionOperator.NumberGreaterThan && operand == "0" ? null : $"NumberGreaterThan 0 for {metric}";
                }

                return NumberOperators.Contains(condition.Operator.ToString()) || condition.Operator == ConditionOperator.Equals
                    ? null : "a Number* or Equals condition";
            case ActionTypes.Wait:
                return condition.Operator == ConditionOperator.Equals ? null : "Equals WaitCompleted or Equals an event name";
            default:
                return operand is null ? "exactly one operand" : null;
        }
    }

    private static bool IsStoreMode(FlowAction action) =>
        action.Type == ActionTypes.GetParticipantInput && ParameterStrings.TryGet(action.Parameters, "StoreInput", out var store)
        && string.Equals(store.ToString(), "true", StringComparison.OrdinalIgnoreCase);
}
