using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class UpdateContactAttributesExecutorTests
{
    [Fact]
    public async Task Execute_StaticAndDynamicValues_SetsAttributesInOrder()
    {
        // Arrange
        var set = Act("Set", "UpdateContactAttributes", """{"Attributes":{"dialed":"$.SystemEndpoint.Address","greeting":"Hi $.CustomerEndpoint.Address","fixed":"x"},"TargetContact":"Current"}""",
            "Hang up", errors: [Err("NoMatchingError", "Failed")]);

        // Act
        var result = await CallHarness.RunFlowAsync(null, set, Mark("Failed"), Disconnect());

        // Assert
        result.Events.OfType<AttributeSetEvent>().Select(e => $"{e.Key}={e.Value}").ShouldBe(["dialed=+14443330000", "greeting=Hi +15555550100", "fixed=x"]);
        result.Attributes["dialed"].ShouldBe("+14443330000");
    }

    [Fact]
    public async Task Execute_OverSizeLimit_WritesNothingAndTakesError()
    {
        // Arrange
        var big = new string('x', 20_000);
        var set = Act("Set", "UpdateContactAttributes", $$$"""{"Attributes":{"a":"{{{big}}}","b":"{{{big}}}"}}""", "Hang up", errors: [Err("NoMatchingError", "Failed")]);

        // Act
        var result = await CallHarness.RunFlowAsync(null, set, Mark("Failed"), Disconnect());

        // Assert
        result.Attributes.ShouldBeEmpty();
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(FlowMessages.AttributesTooLarge.Code);
        result.Prompts.Last().Text.ShouldBe("Failed");
    }

    [Fact]
    public async Task Execute_ObjectValue_StopsNamingField()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Set", "UpdateContactAttributes", """{"Attributes":{"nested":{"a":"b"}}}""", "Hang up"), Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        result.Diagnostics.ShouldHaveSingleItem().Location.Field.ShouldBe("Parameters.Attributes.nested");
    }
}
