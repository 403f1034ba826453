using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class GetParticipantInputExecutorTests
{
    private static string Menu(string id = "Menu") => Act(id, "GetParticipantInput",
        """{"Text":"Press 1 for sales, 2 for support","InputTimeLimitSeconds":"5","StoreInput":"False"}""", "Other",
        [Cond("Equals", "1", "Sales"), Cond("Equals", "2", "Support")],
        [Err("InputTimeLimitExceeded", "Timeout"), Err("NoMatchingCondition", "Other"), Err("NoMatchingError", "Failed")]);

    private static readonly string[] MenuTargets = [Mark("Sales"), Mark("Support"), Mark("Timeout"), Mark("Other"), Mark("Failed"), Disconnect()];

    [Theory]
    [InlineData("1", "Sales")]
    [InlineData("2", "Support")]
    [InlineData("9", "Other")]
    [InlineData("", "Timeout")]
    [InlineData(",", "Timeout")]
    [InlineData("21", "Support")]
    public async Task Execute_MenuMode_TakesOneKeyAndFollowsItsBranch(string digits, string expected)
    {
        // Arrange
        var request = CallHarness.Request() with { InputDigits = digits };

        // Act
        var result = await CallHarness.RunFlowAsync(request, [Menu(), .. MenuTargets]);

        // Assert
        result.Prompts.Select(p => p.Text).ShouldBe(["Press 1 for sales, 2 for support", expected]);
        result.Events.OfType<InputReceivedEvent>().ShouldHaveSingleItem().TimedOut.ShouldBe(expected == "Timeout");
    }

    [Fact]
    public async Task Execute_TwoMenus_ConsumeKeysInOrder()
    {
        // Arrange
        var request = CallHarness.Request() with { InputDigits = "12" };
        var first = Act("First", "GetParticipantInput", """{"Text":"first"}""", null, [Cond("Equals", "1", "Second")], [Err("NoMatchingCondition", "Other")]);
        var second = Act("Second", "GetParticipantInput", """{"Text":"second"}""", null, [Cond("Equals", "2", "Support")], [Err("NoMatchingCondition", "Other")]);

        // Act
        var result = await CallHarness.RunFlowAsync(request, first, second, Mark("Support"), Mark("Other"), Disconnect());

        // Assert
        result.Prompts.Last().Text.ShouldBe("Support");
    }

    [Theory]
    [InlineData("12345#", "12345")]
    [InlineData("12*9#", "9")]
    [InlineData("", "Timeout")]
    [InlineData("4444", "4444")]
    public async Task Execute_StoreMode_StoresDigitsUpToTerminator(string digits, string stored)
    {
        // Arrange
        var request = CallHarness.Request() with { InputDigits = digits };
        var store = Act("Store", "GetParticipantInput",
            """{"Text":"Enter your account","StoreInput":"True","InputTimeLimitSeconds":"8","InputValidation":{"CustomValidation":{"MaximumLength":"20"}},"DTMFConfiguration":{"InputTerminationSequence":"#","DisableCancelKey":"False"}}""",
            "Echo", errors: [Err("NoMatchingError", "Failed")]);

        // Act
        var result = await CallHarness.RunFlowAsync(request, store, Say("Echo", "You entered $.StoredCustomerInput", "Hang up"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.Last().Text.ShouldBe("You entered " + stored);
    }

    [Theory]
    [InlineData("2125550123#", "+12125550123", "Saved")]
    [InlineData("12#", null, "Invalid")]
    public async Task Execute_StoreModeWithPhoneValidation_FormatsE164OrTakesInvalidPhoneNumber(string digits, string? stored, string branch)
    {
        // Arrange
        var request = CallHarness.Request() with { InputDigits = digits };
        var store = Act("Store", "GetParticipantInput",
            """{"Text":"Number?","StoreInput":"True","InputValidation":{"PhoneNumberValidation":{"NumberFormat":"Local","CountryCode":"US"}}}""",
            "Saved", errors: [Err("InvalidPhoneNumber", "Invalid"), Err("NoMatchingError", "Failed")]);

        // Act
        var result = await CallHarness.RunFlowAsync(request, store, Say("Saved", "Saved $.StoredCustomerInput", "Hang up"), Mark("Invalid"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.Last().Text.ShouldBe(stored is null ? branch : $"Saved {stored}");
    }

    [Fact]
    public async Task Execute_StoreInputNotBoolean_StopsNamingField()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Store", "GetParticipantInput", """{"StoreInput":"maybe"}""", "Hang up"), Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(FlowMessages.InvalidParameter.Code);
        error.Location.Field.ShouldBe("Parameters.StoreInput");
    }

    [Fact]
    public async Task Execute_MenuWithoutConditions_PressAnyKeyGoesToNoMatchingCondition()
    {
        // Arrange
        var request = CallHarness.Request() with { InputDigits = "7" };
        var anyKey = Act("Any", "GetParticipantInput", """{"Text":"Press any key"}""", "Pressed", [], [Err("NoMatchingCondition", "Pressed"), Err("InputTimeLimitExceeded", "Timeout")]);

        // Act
        var result = await CallHarness.RunFlowAsync(request, anyKey, Mark("Pressed"), Mark("Timeout"), Disconnect());

        // Assert
        result.Events.OfType<CheckEvent>().ShouldHaveSingleItem().Branch.ShouldBe("NoMatchingCondition");
        result.Prompts.Last().Text.ShouldBe("Pressed");
    }
}
