using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

/// <summary>"Call phone number" in an outbound whisper flow (API:contact-actions-completeoutboundcall: CallerId {Number}, no errors).</summary>
[Trait("Issue", "12")]
public sealed class CompleteOutboundCallExecutorTests
{
    [Fact]
    public async Task Execute_CallerIdFromAttribute_DialsTheCustomerPresentingIt()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null,
            Act("Set", "UpdateContactAttributes", """{"Attributes":{"Line":"+14445556666"}}""", "Dial", errors: [Err("NoMatchingError", "End")]),
            Act("Dial", "CompleteOutboundCall", """{"CallerId":{"Number":"$.Attributes.Line"}}""", "Say"), Say("Say", "Hello", "End"), End());

        // Assert
        var dial = result.Events.OfType<OutboundDialEvent>().ShouldHaveSingleItem();
        (dial.CustomerNumber, dial.CallerId).ShouldBe((CallHarness.Request().CallerNumber, "+14445556666"));
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Hello");
    }

    [Fact]
    public async Task Execute_NoCallerId_DialsWithTheQueuesCallerId()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Dial", "CompleteOutboundCall", "{}", "End"), End());

        // Assert
        result.Events.OfType<OutboundDialEvent>().ShouldHaveSingleItem().CallerId.ShouldBeNull();
    }
}
