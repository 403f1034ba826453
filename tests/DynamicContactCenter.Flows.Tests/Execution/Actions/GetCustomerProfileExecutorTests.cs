using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using DynamicContactCenter.Routing.Diagnostics;
using static DynamicContactCenter.Flows.Tests.TestSupport.CustomerDataText;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class GetCustomerProfileExecutorTests
{
    [Fact]
    public async Task Execute_OneProfileHasTheCallersPhone_GreetsByFirstName()
    {
        // Arrange
        var request = Seeded([Profile("p-ana", ("FirstName", "Ana"), ("LastName", "Silva"), ("PhoneNumber", Caller)), Profile("p-bo", ("FirstName", "Bo"), ("PhoneNumber", "+15555550199"))]);

        // Act
        var result = await CallHarness.RunFlowAsync(request, GreetFlow);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Hello Ana");
        var read = result.Events.OfType<CustomerRecordEvent>().ShouldHaveSingleItem();
        read.Operation.ShouldBe("read");
        read.Id.ShouldBe("p-ana");
        read.Fields["LastName"].ShouldBe("Silva");
        read.Fields["ProfileARN"].ShouldEndWith("/profiles/p-ana");
        result.WrittenProfiles.ShouldBeEmpty();
    }

    [Fact]
    public async Task Execute_NoProfileHasThePhone_TakesNoneFoundError()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(Seeded([Profile("p-bo", ("FirstName", "Bo"), ("PhoneNumber", "+15555550199"))]), GreetFlow);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Welcome, new caller dcc-profile-1");
        result.Events.OfType<ErrorBranchEvent>().ShouldHaveSingleItem().ErrorType.ShouldBe("NoneFoundError");
    }

    [Fact]
    public async Task Execute_TwoProfilesShareThePhone_TakesMultipleFoundError()
    {
        // Arrange: a mobile number is a _phone search key too (SearchProfiles' predefined keys).
        var request = Seeded([Profile("p-ana", ("FirstName", "Ana"), ("PhoneNumber", Caller)), Profile("p-joe", ("FirstName", "Joe"), ("MobilePhoneNumber", Caller))]);

        // Act
        var result = await CallHarness.RunFlowAsync(request, GreetFlow);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Hello");
        result.Events.OfType<ErrorBranchEvent>().ShouldHaveSingleItem().ErrorType.ShouldBe("MultipleFoundError");
        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("p-ana, p-joe");
    }

    [Theory]
    [InlineData("AND", "Hello Ana")]
    [InlineData("OR", "Hello")]
    public async Task Execute_SearchCriteria_CombinesWithTheLogicalOperator(string op, string heard)
    {
        // Arrange: the SearchCriteria form of API:interactions-getcustomerprofile.
        var request = Seeded([Profile("p-ana", ("FirstName", "Ana"), ("PhoneNumber", Caller), ("AccountNumber", "A-1")), Profile("p-bo", ("FirstName", "Bo"), ("AccountNumber", "A-1"))]);
        var flow = GreetFlow.ToArray();
        flow[0] = Act("Get profile", "GetCustomerProfile",
            "{\"ProfileRequestData\":{\"SearchCriteria\":[{\"IdentifierName\":\"_phone\",\"IdentifierValue\":\"$.CustomerEndpoint.Address\"},{\"IdentifierName\":\"_account\",\"IdentifierValue\":\"A-1\"}],\"LogicalOperator\":\"" + op + "\"},\"ProfileResponseData\":[\"FirstName\"]}",
            "Greet", errors: [Err("MultipleFoundError", "Several"), Err("NoneFoundError", "New caller"), Err("NoMatchingError", "Failed")]);

        // Act
        var result = await CallHarness.RunFlowAsync(request, flow);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe(heard);
    }

    [Fact]
    public async Task Execute_NoDomainModelled_RunsAsAStubWithOneWarning()
    {
        // Act: CallHarness's instance model has no customerProfiles: and the call seeds nothing.
        var result = await CallHarness.RunFlowAsync(null, GreetFlow);

        // Assert: the empty stub domain finds no one; the new-caller branch creates the profile in it.
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Welcome, new caller dcc-profile-1");
        result.Diagnostics.Where(d => d.Code == ProfileMessages.DomainStub.Code).ShouldHaveSingleItem().Severity.ShouldBe(Severity.Warning);
    }

    [Fact]
    public async Task Execute_NoDomainModelledUnderStrict_TakesNoMatchingError()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Strict = true }, GreetFlow);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Diagnostics.ShouldContain(d => d.Code == ProfileMessages.DomainMissing.Code);
    }

    [Fact]
    public async Task Execute_NoIdentifier_TakesNoMatchingErrorNamingWhatIsExpected()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(Seeded([Someone]),
            Act("Get profile", "GetCustomerProfile", """{"ProfileRequestData":{"IdentifierName":"_phone"}}""", "Hang up", errors: [Err("NoMatchingError", "Failed")]),
            Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        var problem = result.Diagnostics.ShouldHaveSingleItem();
        problem.Location.Field.ShouldBe("Parameters.ProfileRequestData");
        problem.Message.ShouldContain("IdentifierName and IdentifierValue, or SearchCriteria");
    }
}
