using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

[Trait("Issue", "12")]
public sealed class UpdatePreviousContactParticipantStateExecutorTests
{
    [Theory]
    [InlineData("AgentOnHold")]
    [InlineData("CustomerOnHold")]
    [InlineData("OffHold")]
    public async Task Execute_DocumentedState_RecordsItAndGoesOn(string state)
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Hold", "UpdatePreviousContactParticipantState", $$"""{"PreviousContactParticipantState":"{{state}}"}""", "Next",
            errors: [Err("NoMatchingError", "Failed")]), Mark("Next"), Mark("Failed"), Disconnect());

        // Assert
        result.Events.OfType<ParticipantStateEvent>().ShouldHaveSingleItem().State.ShouldBe(state);
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Next");
    }

    [Fact]
    public async Task Execute_DynamicStateThatIsNotOne_TakesErrorNamingTheValue()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null,
            Act("Set", "UpdateContactAttributes", """{"Attributes":{"HoldState":"Paused"}}""", "Hold", errors: [Err("NoMatchingError", "Failed")]),
            Act("Hold", "UpdatePreviousContactParticipantState", """{"PreviousContactParticipantState":"$.Attributes.HoldState"}""", "Next",
                errors: [Err("NoMatchingError", "Failed")]), Mark("Next"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(FlowMessages.InvalidParameter.Code);
        diagnostic.Message.ShouldBe("'Paused' is not valid; expected AgentOnHold, CustomerOnHold, OffHold.");
    }
}
