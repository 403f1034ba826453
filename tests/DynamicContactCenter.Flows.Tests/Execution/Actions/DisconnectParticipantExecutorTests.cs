using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class DisconnectParticipantExecutorTests
{
    [Fact]
    public async Task Execute_Disconnects()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
        result.Events[^1].ShouldBeOfType<CallEndedEvent>().Type.ShouldBe("disconnected");
        result.Steps.ShouldBe(1);
    }
}
