using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.CustomerDataText;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class UpdateCustomerProfileExecutorTests
{
    private static readonly string GetByPhone = Act("Get profile", "GetCustomerProfile",
        """{"ProfileRequestData":{"IdentifierName":"_phone","IdentifierValue":"$.CustomerEndpoint.Address"},"ProfileResponseData":["FirstName","City"]}""",
        "Update", errors: [Err("NoMatchingError", "Failed")]);

    [Fact]
    public async Task Execute_AfterGet_UpdatesThatProfileAndRefreshesCustomer()
    {
        // Arrange: an empty value removes the field (UpdateProfile API).
        var update = Act("Update", "UpdateCustomerProfile", """{"ProfileRequestData":{"City":"Porto","Attributes":{"LastContact":"$.Channel"},"EmailAddress":""}}""",
            "Say", errors: [Err("NoMatchingError", "Failed")]);
        var request = Seeded([Profile("p-ana", ("FirstName", "Ana"), ("City", "Lisbon"), ("EmailAddress", "ana@example.com"), ("PhoneNumber", Caller))]);

        // Act
        var result = await CallHarness.RunFlowAsync(request, GetByPhone, update, Say("Say", "$.Customer.FirstName of $.Customer.City", "Hang up"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Ana of Porto");
        var stored = result.WrittenProfiles.ShouldHaveSingleItem();
        stored.ProfileId.ShouldBe("p-ana");
        stored.Fields.ShouldBe(new Dictionary<string, string> { ["FirstName"] = "Ana", ["City"] = "Porto", ["PhoneNumber"] = Caller, ["Attributes.LastContact"] = "VOICE" }, ignoreOrder: true);
        result.Events.OfType<CustomerRecordEvent>().Select(e => e.Operation).ShouldBe(["read", "updated"]);
    }

    [Fact]
    public async Task Execute_NoProfileRetrievedBefore_TakesNoMatchingError()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(Seeded([Profile("p-ana", ("FirstName", "Ana"))]),
            Act("Update", "UpdateCustomerProfile", """{"ProfileRequestData":{"City":"Porto"}}""", "Hang up", errors: [Err("NoMatchingError", "Failed")]), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("$.Customer.ProfileId is not set");
        result.WrittenProfiles.ShouldBeEmpty();
    }
}
