using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class UpdateFlowAttributesExecutorTests
{
    [Fact]
    public async Task Execute_ExportShapeWithValue_SetsFlowAttributeReadableInFlow()
    {
        // Arrange
        var set = Act("Set", "UpdateFlowAttributes", """{"FlowAttributes":{"module-id":{"Value":"abc"},"plain":"text"}}""", "Say", errors: [Err("NoMatchingError", "Failed")]);

        // Act
        var result = await CallHarness.RunFlowAsync(null, set, Say("Say", "$.FlowAttributes.module-id $.FlowAttributes.plain", "Hang up"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("abc text");
        result.Attributes.ShouldBeEmpty();
    }

    [Fact]
    public async Task Execute_MissingFlowAttributes_Stops()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Set", "UpdateFlowAttributes", "{}", "Hang up"), Disconnect());

        // Assert
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(FlowMessages.MissingParameter.Code);
    }
}
