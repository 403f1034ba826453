using DynamicContactCenter.Flows.Catalog;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Tests.TestSupport;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Instance;

/// <summary>The instance model's <c>customerProfiles:</c> and <c>cases:</c> sections: what they load, the errors they report, and that a
/// call works on a copy.</summary>
public sealed class CustomerDataSectionTests
{
    private const string Minimal = """
        instance:
          arn: arn:aws:connect:us-east-1:123456789012:instance/i

        """;

    private const string Sections = """
        customerProfiles:
          domain: amazon-connect-acme
          profiles:
            - ProfileId: p-ana
              FirstName: Ana
              PhoneNumber: "+15555550100"
              Attributes:
                LoyaltyTier: Gold
            - FirstName: Bo
        cases:
          templates:
            - id: general
              name: General enquiry
              requiredFields: [title]
          cases:
            - caseId: c-1
              customer_id: p-ana
              title: Broken phone
              status: open

        """;

    [Fact]
    public void Load_Sections_ReadsDomainProfilesTemplatesAndCases()
    {
        // Act
        var result = InstanceModelLoader.Load(Minimal + Sections, "config/instance.yaml");

        // Assert
        result.Diagnostics.ShouldBeEmpty();
        var data = result.Value!.CustomerData;
        data.ProfileDomain.ShouldBe("amazon-connect-acme");
        data.Profiles.Select(p => p.ProfileId).ShouldBe(["p-ana", "profile-2"]);
        data.Profiles[0].Fields["Attributes.LoyaltyTier"].ShouldBe("Gold");
        data.CaseTemplates.ShouldHaveSingleItem().RequiredFields.ShouldBe(["title"]);
        var record = data.Cases.ShouldHaveSingleItem();
        record.TemplateId.ShouldBe("general");
        record.Fields["title"].ShouldBe("Broken phone");
    }

    public static TheoryData<string, string, string, int> BadInput => new()
    {
        // yaml after the instance, code, field, line
        { "customerProfiles:\n  domain: d\n  profile: []\n", ProfileMessages.InvalidRecord.Code, "customerProfiles.profile", 5 },
        { "customerProfiles:\n  profiles: []\n", ProfileMessages.InvalidRecord.Code, "customerProfiles.domain", 4 },
        { "customerProfiles:\n  domain: d\n  profiles:\n    - {ProfileId: a}\n    - {ProfileId: a}\n", ProfileMessages.InvalidRecord.Code, "customerProfiles.profiles", 6 },
        { "customerProfiles:\n  domain: d\n  profiles:\n    - FirstName: [Ana]\n", FlowMessages.InstanceInvalidValue.Code, "customerProfiles.profiles[0].FirstName", 6 },
        { "cases:\n  templates: [{id: general}]\n  cases:\n    - {caseId: c, templateId: complaint}\n", ProfileMessages.UnknownTemplate.Code, "cases.cases[0].templateId", 4 },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Load_BadSection_ReportsCodeFileFieldAndLine(string yaml, string code, string field, int line)
    {
        // Act
        var result = InstanceModelLoader.Load(Minimal + yaml, "config/instance.yaml");

        // Assert
        result.Succeeded.ShouldBeFalse();
        var diagnostic = result.Diagnostics.First(d => d.IsError);
        diagnostic.Code.ShouldBe(code);
        diagnostic.File.ShouldBe("config/instance.yaml");
        diagnostic.Location.Field.ShouldBe(field);
        diagnostic.Location.Line.ShouldBe(line);
    }

    [Fact]
    public async Task Call_UpdatesAModelledProfile_TheModelAndTheNextCallSeeTheOriginal()
    {
        // Arrange
        using var harness = new CallHarness(("Main", Flow(
            Act("Get", "GetCustomerProfile", """{"ProfileRequestData":{"IdentifierName":"_phone","IdentifierValue":"$.CustomerEndpoint.Address"},"ProfileResponseData":["FirstName"]}""",
                "Say", errors: [Err("NoMatchingError", "Failed")]),
            Say("Say", "Hello $.Customer.FirstName", "Rename"),
            Act("Rename", "UpdateCustomerProfile", """{"ProfileRequestData":{"FirstName":"Anabela"}}""", "Hang up", errors: [Err("NoMatchingError", "Failed")]),
            Mark("Failed"), Disconnect())));
        var instance = InstanceModelLoader.Load(File.ReadAllText(harness.InstancePath) + "\n" + Sections, harness.InstancePath).Value!;
        var interpreter = new FlowInterpreter(instance, new FlowCatalog(instance), harness.Invoker);

        // Act
        var first = await interpreter.RunAsync(CallHarness.Request(), CancellationToken.None);
        var second = await interpreter.RunAsync(CallHarness.Request(), CancellationToken.None);

        // Assert
        first.WrittenProfiles.ShouldHaveSingleItem().Fields["FirstName"].ShouldBe("Anabela");
        second.Prompts.First().Text.ShouldBe("Hello Ana");
        instance.CustomerData.Profiles[0].Fields["FirstName"].ShouldBe("Ana");
    }
}
