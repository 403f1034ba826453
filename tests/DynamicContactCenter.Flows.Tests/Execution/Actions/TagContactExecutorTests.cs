using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class TagContactExecutorTests
{
    [Fact]
    public async Task Execute_Tags_SetsReadableTags()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null,
            Act("Tag", "TagContact", """{"Tags":{"Department":"Sales"}}""", "Say", errors: [Err("NoMatchingError", "Failed")]), Say("Say", "$.Tags.Department", "Hang up"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Sales");
    }

    [Theory]
    [InlineData("""{"Tags":{"aws:reserved":"x"}}""")]
    [InlineData("""{"Tags":{"a":"1","b":"2","c":"3","d":"4","e":"5","f":"6","g":"7"}}""")]
    public async Task Execute_ReservedPrefixOrTooMany_TakesError(string parameters)
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Tag", "TagContact", parameters, "Hang up", errors: [Err("NoMatchingError", "Failed")]), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(FlowMessages.InvalidParameter.Code);
    }
}
