using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

[Trait("Issue", "12")]
public sealed class UnTagContactExecutorTests
{
    [Fact]
    public async Task Execute_TaggedThenUntagged_TagNoLongerReadable()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null,
            Act("Tag", "TagContact", """{"Tags":{"Department":"Sales","Region":"EU"}}""", "Untag", errors: [Err("NoMatchingError", "Failed")]),
            Act("Untag", "UnTagContact", """{"TagKeys":["Department","Missing"]}""", "Say", errors: [Err("NoMatchingError", "Failed")]),
            Say("Say", "dept $.Tags.Department region $.Tags.Region", "Hang up"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("dept  region EU");
        result.Events.OfType<TagRemovedEvent>().Select(e => (e.Key, e.Present)).ShouldBe([("Department", true), ("Missing", false)]);
    }

    [Fact]
    public async Task Execute_ReservedPrefix_TakesError()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Untag", "UnTagContact", """{"TagKeys":["aws:connect:x"]}""", "Hang up", errors: [Err("NoMatchingError", "Failed")]),
            Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(FlowMessages.InvalidParameter.Code);
    }

    [Fact]
    public async Task Execute_TagKeysNotAList_StopsNamingTheParameter()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Untag", "UnTagContact", """{"TagKeys":"Department"}""", "Hang up", errors: [Err("NoMatchingError", "Failed")]),
            Mark("Failed"), Disconnect());

        // Assert
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Location.Field.ShouldBe("Parameters.TagKeys");
        error.Message.ShouldBe("the parameter is missing; expected TagKeys: a non-empty list of tag keys (strings).");
    }
}
