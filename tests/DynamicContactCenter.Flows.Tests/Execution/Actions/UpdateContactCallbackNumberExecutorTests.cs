using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class UpdateContactCallbackNumberExecutorTests
{
    [Theory]
    [InlineData("+15555550199", "Hang up")]
    [InlineData("5555550199", "Invalid")]
    [InlineData("+14443330000", "NotDialable")]
    public async Task Execute_Number_SetsOrTakesItsError(string number, string expected)
    {
        // Arrange
        var request = CallHarness.Request() with { InitialAttributes = new Dictionary<string, string> { ["cb"] = number } };
        var set = Act("Number", "UpdateContactCallbackNumber", """{"CallbackNumber":"$.Attributes.cb"}""", "Hang up",
            errors: [Err("InvalidCallbackNumber", "Invalid"), Err("CallbackNumberNotDialable", "NotDialable")]);

        // Act
        var result = await CallHarness.RunFlowAsync(request, set, Mark("Invalid"), Mark("NotDialable"), Disconnect());

        // Assert
        (result.Prompts.SingleOrDefault()?.Text ?? "Hang up").ShouldBe(expected);
    }

    [Fact]
    public async Task Execute_StoredCustomerInput_IsAValidSource()
    {
        // Arrange
        var request = CallHarness.Request() with { InputDigits = "5555550199#" };
        var store = Act("Store", "GetParticipantInput",
            """{"Text":"Number?","StoreInput":"True","InputValidation":{"PhoneNumberValidation":{"NumberFormat":"Local","CountryCode":"US"}}}""", "Number");
        var set = Act("Number", "UpdateContactCallbackNumber", """{"CallbackNumber":"$.StoredCustomerInput"}""", "Hang up", errors: [Err("InvalidCallbackNumber", "Invalid")]);

        // Act
        var result = await CallHarness.RunFlowAsync(request, store, set, Mark("Invalid"), Disconnect());

        // Assert
        result.Events.OfType<SettingChangedEvent>().ShouldHaveSingleItem().Value.ShouldBe("+15555550199");
    }
}
