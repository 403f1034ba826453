using System.Globalization;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Distribute by percentage": a seeded random integer 1–100; exports' conditions are NumberLessThan (1 + cumulative %).</summary>
internal sealed class DistributeByPercentageExecutor : SyncExecutor
{
    public static DistributeByPercentageExecutor Instance { get; } = new();

    protected override ActionOutcome Execute(CallContext c) =>
        new ActionOutcome.ResultOutcome(c.Random.Next(1, 101).ToString(CultureInfo.InvariantCulture), "random number 1-100");
}
