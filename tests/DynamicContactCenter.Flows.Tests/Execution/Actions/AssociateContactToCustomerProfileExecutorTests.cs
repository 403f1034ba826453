using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.CustomerDataText;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

/// <summary>"Customer profiles" block, Associate contact to profile, with the parameter object of
/// API:interactions-associatecontacttocustomerprofile ({"ProfileRequestData": {"ProfileId", "ContactId"}}).</summary>
[Trait("Issue", "12")]
public sealed class AssociateContactToCustomerProfileExecutorTests
{
    private static readonly string GetByPhone = Act("Get profile", "GetCustomerProfile",
        """{"ProfileRequestData":{"IdentifierName":"_phone","IdentifierValue":"$.CustomerEndpoint.Address"},"ProfileResponseData":["FirstName"]}""",
        "Associate", errors: [Err("NoMatchingError", "Failed")]);

    private static string Associate(string profileId) => Act("Associate", "AssociateContactToCustomerProfile",
        $$$"""{"ProfileRequestData":{"ProfileId":"{{{profileId}}}","ContactId":"$.ContactId"}}""", "Next", errors: [Err("NoMatchingError", "Failed")]);

    [Fact]
    public async Task Execute_AfterGet_StoresTheAssociationOfThisContact()
    {
        // Arrange
        var request = Seeded([Profile("p-ana", ("FirstName", "Ana"), ("PhoneNumber", Caller))]);

        // Act
        var result = await CallHarness.RunFlowAsync(request, GetByPhone, Associate("$.Customer.ProfileId"), Mark("Next"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Next");
        var association = result.ProfileAssociations.ShouldHaveSingleItem();
        association.ProfileId.ShouldBe("p-ana");
        association.ContactId.ShouldNotBeNullOrEmpty();
        var written = result.Events.OfType<CustomerRecordEvent>().Last();
        (written.Operation, written.Id, written.Fields["ContactId"]).ShouldBe(("associated", "p-ana", association.ContactId));
        result.WrittenProfiles.ShouldBeEmpty();
    }

    [Fact]
    public async Task Execute_UnknownProfile_TakesErrorBranch()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(Seeded([Someone]), Associate("p-nobody"), Mark("Next"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.ProfileAssociations.ShouldBeEmpty();
        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("no profile has ProfileId \"p-nobody\"");
    }

    [Fact]
    public async Task Execute_WithoutContactId_StopsNamingTheField()
    {
        // Act: "A ProfileId and ContactId must be present."
        var result = await CallHarness.RunFlowAsync(Seeded([Someone]), Act("Associate", "AssociateContactToCustomerProfile",
            """{"ProfileRequestData":{"ProfileId":"p-someone"}}""", "Next", errors: [Err("NoMatchingError", "Failed")]), Mark("Next"), Mark("Failed"), Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        result.Diagnostics.ShouldHaveSingleItem().Location.Field.ShouldBe("Parameters.ProfileRequestData");
    }
}
