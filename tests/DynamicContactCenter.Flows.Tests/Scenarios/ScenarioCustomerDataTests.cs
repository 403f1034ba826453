using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Scenarios;
using DynamicContactCenter.Flows.Tests.TestSupport;

namespace DynamicContactCenter.Flows.Tests.Scenarios;

/// <summary>Scenarios seed profiles and cases (<c>profiles:</c> / <c>cases:</c>, also under <c>defaults:</c>) and expect what the call
/// wrote (<c>expect: profiles:</c> / <c>expect: cases:</c>), run through the real interpreter on the greet-and-open-a-case flow.</summary>
public sealed class ScenarioCustomerDataTests
{
    private const string File = """
        defaults:
          at: 2026-03-10T10:00:00-04:00
          flow: Main
          profiles:
            - { ProfileId: p-bo, FirstName: Bo, PhoneNumber: "+15555550199" }
        scenarios:
          - name: known caller
            call: { number: "+14443330000" }
            profiles:
              - ProfileId: p-ana
                FirstName: Ana
                PhoneNumber: "+15555550100"
                Attributes: { Tier: Gold }
            cases:
              - { caseId: c-1, templateId: general, customer_id: p-other, title: Not hers }
            expect:
              outcome: disconnected
              prompts: [Hello Ana]
              profiles:
                - { ProfileId: p-ana, FirstName: Ana, Attributes.LastContact: VOICE, Attributes.Tier: Gold }
              cases:
                - { title: Callback for Ana, status: open }
          - name: new caller
            call: { number: "+14443330000", caller: "+15555550123" }
            expect:
              prompts: [Welcome]
              profiles:
                - { PhoneNumber: "+15555550123", FirstName: Unknown }
              cases: []
        """;

    /// <summary>Finds the caller by phone; known: greets, records the contact on the profile, opens a case; unknown: creates a profile.</summary>
    private static readonly string Flow = FlowText.Flow(
        FlowText.Act("Get profile", "GetCustomerProfile",
            """{"ProfileRequestData":{"IdentifierName":"_phone","IdentifierValue":"$.CustomerEndpoint.Address"},"ProfileResponseData":["FirstName"]}""",
            "Greet", errors: [FlowText.Err("NoneFoundError", "Create"), FlowText.Err("NoMatchingError", "Failed")]),
        FlowText.Say("Greet", "Hello $.Customer.FirstName", "Note"),
        FlowText.Act("Note", "UpdateCustomerProfile", """{"ProfileRequestData":{"Attributes.LastContact":"$.Channel"}}""", "Open case", errors: [FlowText.Err("NoMatchingError", "Failed")]),
        FlowText.Act("Open case", "CreateCase", """{"LinkContactToCase":"true","CaseTemplateId":"general","CaseRequestFields":{"title":"Callback for $.Customer.FirstName","status":"open"}}""",
            "Hang up", errors: [FlowText.Err("NoMatchingError", "Failed")]),
        FlowText.Act("Create", "CreateCustomerProfile", """{"ProfileRequestData":{"PhoneNumber":"$.CustomerEndpoint.Address","FirstName":"Unknown"}}""",
            "Welcome", errors: [FlowText.Err("NoMatchingError", "Failed")]),
        FlowText.Say("Welcome", "Welcome", "Hang up"),
        FlowText.Mark("Failed"),
        FlowText.Disconnect());

    [Fact]
    public async Task Run_SeededScenarios_MeetTheirProfileAndCaseExpectations()
    {
        // Arrange
        var file = ScenarioParser.Parse(File, "scenarios/profiles.yaml").Value.ShouldNotBeNull();
        using var harness = new CallHarness(("Main", Flow));

        foreach (var scenario in file.Scenarios)
        {
            // Act
            var result = await harness.RunAsync(scenario.Call.ToRequest());

            // Assert
            ScenarioChecker.Check(scenario.Expect, result, null).ShouldBeEmpty(scenario.Name);
        }
    }

    [Fact]
    public async Task Check_WrittenFieldDiffers_NamesTheRecordAndField()
    {
        // Arrange
        var yaml = File.Replace("Attributes.LastContact: VOICE", "Attributes.LastContact: CHAT", StringComparison.Ordinal)
            .Replace("cases: []", "cases: [{ title: Never }]", StringComparison.Ordinal);
        var file = ScenarioParser.Parse(yaml, "scenarios/profiles.yaml").Value.ShouldNotBeNull();
        using var harness = new CallHarness(("Main", Flow));

        // Act
        var known = ScenarioChecker.Check(file.Scenarios[0].Expect, await harness.RunAsync(file.Scenarios[0].Call.ToRequest()), null);
        var unknown = ScenarioChecker.Check(file.Scenarios[1].Expect, await harness.RunAsync(file.Scenarios[1].Call.ToRequest()), null);

        // Assert
        known.ShouldHaveSingleItem().ToString().ShouldBe("profiles[0].Attributes.LastContact: expected \"CHAT\", actual \"VOICE\"");
        unknown.ShouldHaveSingleItem().Key.ShouldBe("cases[0]");
    }

    [Fact]
    public void Parse_SeedsFromDefaultsAndScenario_ScenarioFirst()
    {
        // Act
        var file = ScenarioParser.Parse(File, "scenarios/profiles.yaml").Value.ShouldNotBeNull();

        // Assert
        file.Scenarios[0].Call.CustomerData.Profiles.Select(p => p.ProfileId).ShouldBe(["p-ana", "p-bo"]);
        file.Scenarios[0].Call.CustomerData.Cases.ShouldHaveSingleItem().Fields["title"].ShouldBe("Not hers");
        file.Scenarios[1].Call.CustomerData.Profiles.Select(p => p.ProfileId).ShouldBe(["p-bo"]);
    }

    public static TheoryData<string, string, string> BadInput => new()
    {
        // yaml of the scenario, expected code, expected location
        { "    profiles: [{ FirstName: [Ana] }]\n", ScenarioMessages.InvalidValue.Code, "key profiles[0].FirstName" },
        { "    profiles: [{ ProfileId: a }, { ProfileId: a }]\n", ProfileMessages.InvalidSeed.Code, "key profiles" },
        { "    profile: []\n", ScenarioMessages.UnknownKey.Code, "key profile" },
        { "    expect: { outcome: queued, profiles: [{ FirstName: [Ana] }] }\n", ScenarioMessages.InvalidValue.Code, "key expect.profiles[0].FirstName" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Parse_BadSeedOrExpectation_ReportsScenarioKeyAndLine(string yaml, string code, string where)
    {
        // Arrange
        var text = "scenarios:\n  - name: s\n    call: { number: \"+14443330000\", at: 2026-03-10T10:00:00Z }\n"
            + (yaml.Contains("expect", StringComparison.Ordinal) ? "" : "    expect: { outcome: queued }\n") + yaml;

        // Act
        var result = ScenarioParser.Parse(text, "scenarios/bad.yaml");

        // Assert
        result.Succeeded.ShouldBeFalse();
        var problem = result.Diagnostics.First(d => d.IsError);
        problem.Code.ShouldBe(code);
        problem.Location.Field.ShouldNotBeNull().ShouldContain(where);
        problem.Location.Line.ShouldNotBeNull().ShouldBeGreaterThan(3);
    }
}
