using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.CustomerDataText;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

/// <summary>CreateCase, GetCase and UpdateCase against the call's case store, with the parameter shapes of API:createcase, getcase and
/// updatecase.</summary>
public sealed class CaseExecutorsTests
{
    private static readonly string GetProfile = Act("Get profile", "GetCustomerProfile",
        """{"ProfileRequestData":{"IdentifierName":"_phone","IdentifierValue":"$.CustomerEndpoint.Address"},"ProfileResponseData":["FirstName"]}""",
        "Case", errors: [Err("NoMatchingError", "Failed")]);

    private static readonly CustomerProfile[] Ana = [Profile("p-ana", ("FirstName", "Ana"), ("PhoneNumber", Caller))];

    [Fact]
    public async Task CreateCase_ForTheCustomerFound_StoresTheCaseWithTheProfileArn()
    {
        // Arrange
        var create = Act("Case", "CreateCase", """{"LinkContactToCase":"true","CaseTemplateId":"general","CaseRequestFields":{"title":"Callback for $.Customer.FirstName","status":"open"}}""",
            "Say", errors: [Err("ContactNotLinked", "Failed"), Err("NoMatchingError", "Failed")]);

        // Act
        var result = await CallHarness.RunFlowAsync(Seeded(Ana), GetProfile, create, Say("Say", "Case $.Case.case_id", "Hang up"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Case dcc-case-1");
        var stored = result.WrittenCases.ShouldHaveSingleItem();
        stored.Fields["title"].ShouldBe("Callback for Ana");
        stored.Fields["customer_id"].ShouldEndWith("/profiles/p-ana");
        result.Events.OfType<CustomerRecordEvent>().Where(e => e.Record == CustomerRecordEvent.Case).ShouldHaveSingleItem().Operation.ShouldBe("created");
    }

    [Fact]
    public async Task CreateCase_NoCustomer_TakesNoMatchingErrorNamingCustomerId()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(Seeded(Ana, [Case("c-0")]),
            Act("Case", "CreateCase", """{"CaseTemplateId":"general","CaseRequestFields":{"title":"x"}}""", "Hang up", errors: [Err("NoMatchingError", "Failed")]), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("customer_id");
        result.WrittenCases.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("false", "Several")]
    [InlineData("true", "Found c-2")]
    public async Task GetCase_TwoOpenCases_MultipleFoundUnlessLastUpdated(string lastUpdated, string heard)
    {
        // Arrange
        var cases = new[] { Case("c-1", ("customer_id", "arn:aws:profile:us-east-1:123456789012:domains/d/profiles/p-ana"), ("status", "open")), Case("c-2", ("customer_id", "p-ana"), ("status", "open")), Case("c-3", ("customer_id", "p-ana"), ("status", "closed")) };
        var get = Act("Case", "GetCase", "{\"GetLastUpdatedCase\":\"" + lastUpdated + "\",\"CustomerId\":\"$.Customer.ProfileARN\",\"CaseRequestFields\":{\"status\":\"open\"},\"CaseResponseFields\":[\"status\"]}",
            "Found", errors: [Err("MultipleFound", "Several"), Err("NoneFound", "None"), Err("NoMatchingError", "Failed")]);

        // Act
        var result = await CallHarness.RunFlowAsync(Seeded(Ana, cases), GetProfile, get, Say("Found", "Found $.Case.case_id", "Hang up"), Mark("Several"), Mark("None"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe(heard);
    }

    [Fact]
    public async Task GetCase_NoCaseForTheCustomer_TakesNoneFound()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(Seeded(Ana, [Case("c-9", ("customer_id", "p-other"))]), GetProfile,
            Act("Case", "GetCase", """{"CustomerId":"$.Customer.ProfileARN"}""", "Hang up", errors: [Err("NoneFound", "None"), Err("NoMatchingError", "Failed")]), Mark("None"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("None");
    }

    [Fact]
    public async Task UpdateCase_TheCaseFound_WritesTheFields()
    {
        // Arrange
        var get = Act("Case", "GetCase", """{"CustomerId":"$.Customer.ProfileARN","CaseResponseFields":["status"]}""", "Update", errors: [Err("NoMatchingError", "Failed")]);
        var update = Act("Update", "UpdateCase", """{"CaseId":"$.Case.case_id","CaseRequestFields":{"status":"reopened","summary":"Caller rang again"}}""", "Say", errors: [Err("NoMatchingError", "Failed")]);

        // Act
        var result = await CallHarness.RunFlowAsync(Seeded(Ana, [Case("c-1", ("customer_id", "p-ana"), ("status", "closed"))]), GetProfile, get, update,
            Say("Say", "$.Case.status", "Hang up"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("reopened");
        var stored = result.WrittenCases.ShouldHaveSingleItem();
        stored.CaseId.ShouldBe("c-1");
        stored.Fields["summary"].ShouldBe("Caller rang again");
        result.Events.OfType<CustomerRecordEvent>().Where(e => e.Record == CustomerRecordEvent.Case).Select(e => e.Operation).ShouldBe(["found", "updated"]);
    }

    [Fact]
    public async Task UpdateCase_UnknownCase_TakesNoMatchingError()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(Seeded(Ana, [Case("c-1")]),
            Act("Update", "UpdateCase", """{"CaseId":"c-404","CaseRequestFields":{"status":"x"}}""", "Hang up", errors: [Err("NoMatchingError", "Failed")]), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("c-404");
    }
}
