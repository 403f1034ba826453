using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class DistributeByPercentageExecutorTests
{
    // AWS's sample writes 20% / 40% / rest as NumberLessThan "21" and "61", with the rest on NoMatchingCondition.
    private static readonly string[] Split =
    [
        """{"Identifier":"Split","Type":"DistributeByPercentage","Transitions":{"NextAction":"C","Conditions":[{"NextAction":"A","Condition":{"Operator":"NumberLessThan","Operands":["21"]}},{"NextAction":"B","Condition":{"Operator":"NumberLessThan","Operands":["61"]}}],"Errors":[{"ErrorType":"NoMatchingCondition","NextAction":"C"}]}}""",
        Mark("A"), Mark("B"), Mark("C"), Disconnect(),
    ];

    [Fact]
    public async Task Execute_SameSeed_SameBranch()
    {
        // Act
        var first = await CallHarness.RunFlowAsync(CallHarness.Request() with { Seed = 42 }, Split);
        var second = await CallHarness.RunFlowAsync(CallHarness.Request() with { Seed = 42 }, Split);

        // Assert
        second.Prompts.Single().Text.ShouldBe(first.Prompts.Single().Text);
        second.Events.OfType<CheckEvent>().Single().Value.ShouldBe(first.Events.OfType<CheckEvent>().Single().Value);
    }

    [Fact]
    public async Task Execute_ManySeeds_ReachesEveryBranchRoughlyByPercentage()
    {
        // Act
        var counts = new Dictionary<string, int>();
        for (var seed = 0; seed < 300; seed++)
        {
            var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Seed = seed }, Split);
            var value = int.Parse(result.Events.OfType<CheckEvent>().Single().Value!, System.Globalization.CultureInfo.InvariantCulture);
            value.ShouldBeInRange(1, 100);
            var branch = result.Prompts.Single().Text;
            counts[branch] = counts.GetValueOrDefault(branch) + 1;
        }

        // Assert
        counts["A"].ShouldBeInRange(30, 90);
        counts["B"].ShouldBeInRange(80, 160);
        counts["C"].ShouldBeInRange(80, 160);
    }
}
