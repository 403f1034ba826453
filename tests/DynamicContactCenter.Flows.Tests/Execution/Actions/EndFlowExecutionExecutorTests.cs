using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class EndFlowExecutionExecutorTests
{
    [Fact]
    public async Task Execute_EndsWithoutDisconnect()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Say("Bye", "bye", "End"), End());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Ended);
        result.Events[^1].ShouldBeOfType<CallEndedEvent>().Type.ShouldBe("ended");
    }
}
