using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class UpdateFlowLoggingBehaviorExecutorTests
{
    [Theory]
    [InlineData("Enabled")]
    [InlineData("Disabled")]
    public async Task Execute_ValidValue_RecordsSettingAndContinues(string value)
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Log", "UpdateFlowLoggingBehavior", $$"""{"FlowLoggingBehavior":"{{value}}"}""", "Hang up"), Disconnect());

        // Assert
        result.Events.OfType<SettingChangedEvent>().ShouldHaveSingleItem().Value.ShouldBe(value);
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
    }

    [Fact]
    public async Task Execute_InvalidValue_Stops()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Log", "UpdateFlowLoggingBehavior", """{"FlowLoggingBehavior":"On"}""", "Hang up"), Disconnect());

        // Assert
        result.Diagnostics.ShouldHaveSingleItem().Location.Field.ShouldBe("Parameters.FlowLoggingBehavior");
    }
}
