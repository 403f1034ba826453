using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class LoopExecutorTests
{
    private static string[] Looping(string count) =>
    [
        Act("Loop", "Loop", "{\"LoopCount\":\"" + count + "\"}", "Done", [Cond("Equals", "ContinueLooping", "Again"), Cond("Equals", "DoneLooping", "Done")]),
        Say("Again", "again", "Loop"), Mark("Done"), Disconnect(),
    ];

    [Theory]
    [InlineData("3", 3)]
    [InlineData("0", 0)]
    public async Task Execute_LoopCount_ContinuesThatManyTimesThenDone(string count, int repeats)
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Looping(count));

        // Assert
        result.Prompts.Count(p => p.Text == "again").ShouldBe(repeats);
        result.Prompts.Last().Text.ShouldBe("Done");
    }

    [Theory]
    [InlineData("101")]
    [InlineData("many")]
    public async Task Execute_InvalidLoopCount_Stops(string count)
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Looping(count));

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        result.Diagnostics.ShouldHaveSingleItem().Location.Field.ShouldBe("Parameters.LoopCount");
    }
}
