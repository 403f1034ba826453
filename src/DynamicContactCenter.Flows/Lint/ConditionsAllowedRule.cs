using DynamicContactCenter.Flows.Execution.Actions;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5013: conditions only on actions with a result, and only the operators and operands each allows (the
/// <see cref="ResultSpec"/> of each action type's executor, from reference §7).</summary>
internal sealed class ConditionsAllowedRule : IFlowRule
{
    public void Check(LintedFlow flow, LintFindings findings)
    {
        foreach (var action in flow.Model!.Actions)
        {
            if (ActionExecutors.SpecFor(action.Type) is not { } spec || action.Transitions.Conditions.IsEmpty) continue;
            if (!spec.HasResult(action))
            {
                findings.Flow(LintRules.ConditionsAllowed, flow, action.Identifier, "Transitions.Conditions", LintMessages.NoConditionsAllowed, action.Type);
                continue;
            }

            var i = 0;
            foreach (var condition in action.Transitions.Conditions)
            {
                if (spec.Result!.Check(action, condition) is { } expected)
                {
                    findings.Flow(LintRules.ConditionsAllowed, flow, action.Identifier, $"Transitions.Conditions[{i}]", LintMessages.ConditionNotAllowed,
                        $"{condition.Operator} {string.Join(", ", condition.Operands)}", action.Type, expected);
                }

                i++;
            }
        }
    }
}
