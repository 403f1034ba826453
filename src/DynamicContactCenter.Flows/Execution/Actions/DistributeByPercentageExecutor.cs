using System.Globalization;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Distribute by percentage": a seeded random integer 1–100; exports' conditions are NumberLessThan (1 + cumulative %).</summary>
internal sealed class DistributeByPercentageExecutor : SyncExecutor
{
    public static DistributeByPercentageExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.NeverFails(ActionTypes.DistributeByPercentage) with
    {
        // A random 1-100; each branch's operand is 1 + the cumulative percentage so far (reference §7).
        Result = ResultSpec.Where("NumberLessThan 1 + the cumulative percentage (2 to 101)", c => c.Operator == ConditionOperator.NumberLessThan
            && ResultSpec.Operand(c) is { } operand && decimal.TryParse(operand, out var p) && p is >= 1 and <= 101),
    };

    protected override ActionOutcome Execute(CallContext c) =>
        new ActionOutcome.ResultOutcome(c.Random.Next(1, 101).ToString(CultureInfo.InvariantCulture), "random number 1-100");
}
