using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class UpdateContactRoutingBehaviorExecutorTests
{
    [Fact]
    public async Task Execute_QueuePriority_RecordsIt()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Priority", "UpdateContactRoutingBehavior", """{"QueuePriority":"1"}""", "Hang up"), Disconnect());

        // Assert
        result.Events.OfType<SettingChangedEvent>().ShouldHaveSingleItem().Value.ShouldBe("1");
    }

    [Fact]
    public async Task Execute_NegativeTimeAdjustment_RecordsIt()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Age", "UpdateContactRoutingBehavior", """{"QueueTimeAdjustmentSeconds":"-120"}""", "Hang up"), Disconnect());

        // Assert
        result.Events.OfType<SettingChangedEvent>().ShouldHaveSingleItem().Value.ShouldBe("-120");
    }

    [Theory]
    [InlineData("""{"QueuePriority":"0"}""", "Parameters.QueuePriority")]
    [InlineData("{}", "Parameters.QueuePriority")]
    public async Task Execute_InvalidOrMissing_Stops(string parameters, string field)
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Priority", "UpdateContactRoutingBehavior", parameters, "Hang up"), Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        result.Diagnostics.ShouldHaveSingleItem().Location.Field.ShouldBe(field);
    }
}
