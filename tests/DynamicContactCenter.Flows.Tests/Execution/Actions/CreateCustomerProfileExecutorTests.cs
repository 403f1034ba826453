using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.CustomerDataText;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class CreateCustomerProfileExecutorTests
{
    [Fact]
    public async Task Execute_Fields_StoresTheProfileAndPersistsItsId()
    {
        // Arrange: the ProfileRequestData shape of API:interactions-createcustomerprofile, with an Attributes.x field.
        var create = Act("Create", "CreateCustomerProfile",
            """{"ProfileRequestData":{"PhoneNumber":"$.CustomerEndpoint.Address","FirstName":"Caller","Attributes.Channel":"$.Channel","LastName":""},"ProfileResponseData":["FirstName"]}""",
            "Say", errors: [Err("NoMatchingError", "Failed")]);

        // Act
        var result = await CallHarness.RunFlowAsync(Seeded([Someone]), create, Say("Say", "$.Customer.FirstName $.Customer.ProfileId", "Hang up"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Caller dcc-profile-1");
        var stored = result.WrittenProfiles.ShouldHaveSingleItem();
        stored.Fields.ShouldBe(new Dictionary<string, string> { ["PhoneNumber"] = Caller, ["FirstName"] = "Caller", ["Attributes.Channel"] = "VOICE" }, ignoreOrder: true);
        result.Events.OfType<CustomerRecordEvent>().ShouldHaveSingleItem().Operation.ShouldBe("created");
    }

    [Fact]
    public async Task Execute_AFieldIsAnObject_StopsNamingTheField()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(Seeded([Someone]),
            Act("Create", "CreateCustomerProfile", """{"ProfileRequestData":{"FirstName":{"x":"y"}}}""", "Hang up", errors: [Err("NoMatchingError", "Failed")]), Mark("Failed"), Disconnect());

        // Assert
        result.Diagnostics.ShouldHaveSingleItem().Location.Field.ShouldBe("Parameters.ProfileRequestData.FirstName");
        result.WrittenProfiles.ShouldBeEmpty();
    }
}
