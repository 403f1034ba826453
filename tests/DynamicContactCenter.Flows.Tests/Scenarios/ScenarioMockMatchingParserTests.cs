using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Scenarios;

namespace DynamicContactCenter.Flows.Tests.Scenarios;

/// <summary>Issue #12 item 1 in scenario files: a mock's <c>when:</c> and <c>delay:</c>, <c>expect: lambdas: [{sent}]</c>, <c>faults:</c>
/// under <c>defaults:</c> and what wins over what, and a call's <c>start:</c> state.</summary>
public sealed class ScenarioMockMatchingParserTests
{
    private static ScenarioFile Parse(string yaml)
    {
        var result = ScenarioParser.Parse(yaml, "mocks.yaml");
        result.Diagnostics.ShouldBeEmpty();
        return result.Value.ShouldNotBeNull();
    }

    [Fact]
    public void Parse_WhenDelayAndSent_ReadAsWritten()
    {
        // Act
        var scenario = Parse("""
            scenarios:
              - name: one
                call: { number: "+14443330000", at: 2026-11-24T10:00:00-05:00 }
                mocks:
                  - { function: GetCustomer, when: { accountType: gold, $.Attributes.Language: Spanish }, response: { plan: VIP }, delay: 1.5s }
                  - { function: GetCustomer, responses: [{ plan: a }, { plan: b }], delay: 250ms }
                expect:
                  lambdas:
                    - { function: GetCustomer, sent: { accountType: gold, $.Attributes.Language: Spanish } }
            """).Scenarios.ShouldHaveSingleItem();

        // Assert
        var (conditioned, fallback) = (scenario.Call.Mocks[0], scenario.Call.Mocks[1]);
        InvocationValues.Describe(conditioned.When).ShouldBe("$.Attributes.Language=Spanish, accountType=gold");
        conditioned.Answers.ShouldHaveSingleItem().Delay.ShouldBe(TimeSpan.FromSeconds(1.5));
        fallback.IsConditioned.ShouldBeFalse();
        fallback.Answers.Select(a => a.Delay).ShouldBe([TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(250)]);
        InvocationValues.Describe(scenario.Expect.Lambdas.ShouldHaveSingleItem().Sent).ShouldBe("$.Attributes.Language=Spanish, accountType=gold");
    }

    [Theory]
    [InlineData("mocks: [{ function: X, when: { $.External.plan: VIP }, response: { a: b } }]", "mocks[0].when.$.External.plan", "$.Attributes.NAME")]
    [InlineData("mocks: [{ function: X, delay: soon, response: { a: b } }]", "mocks[0].delay", "e.g. 3s, 1.5s or 250ms")]
    [InlineData("mocks: [{ function: X, delay: 20m, response: { a: b } }]", "mocks[0].delay", "e.g. 3s, 1.5s or 250ms")]
    [InlineData("expect: { lambdas: [{ function: X, sent: { $.FlowAttributes.step: '1' } }] }", "expect.lambdas[0].sent.$.FlowAttributes.step", "$.Attributes.NAME")]
    [InlineData("call: { start: { external: just text } }", "call.start.external", "a mapping")]
    [InlineData("call: { start: { externals: { a: b } } }", "call.start.externals", "is not a key of call.start")]
    public void Parse_BadWhenDelaySentOrStart_ErrorNamesTheKeyAndWhatWasExpected(string entry, string key, string says)
    {
        // Act
        var result = ScenarioParser.Parse($$"""
            defaults: { number: "+14443330000", at: 2026-11-24T10:00:00-05:00 }
            scenarios:
              - name: bad
                {{entry}}
                expect: { outcome: queued }
            """.Replace("expect: { outcome: queued }", entry.StartsWith("expect", StringComparison.Ordinal) ? "" : "expect: { outcome: queued }", StringComparison.Ordinal), "mocks.yaml");

        // Assert
        result.Succeeded.ShouldBeFalse();
        var error = result.Diagnostics.First(d => d.IsError);
        error.ToString().ShouldContain($"key {key}");
        error.Message.ShouldContain(says);
    }

    [Fact]
    public void Parse_FaultsUnderDefaults_EveryScenarioGetsThemUnlessItsOwnMockOrFaultNamesTheFunction()
    {
        // Act
        var file = Parse("""
            defaults:
              number: "+14443330000"
              at: 2026-11-24T10:00:00-05:00
              mocks:
                - { function: GetCustomer, response: { plan: default } }
              faults:
                - { function: GetPrompts, fault: timeout }
                - { store: unavailable, table: Prompts }
            scenarios:
              - name: defaults only
                expect: { outcome: queued }
              - name: own fault replaces the default mock
                faults: [{ function: GetCustomer, fault: throws }]
                expect: { outcome: queued }
              - name: own mock replaces the default fault
                mocks: [{ function: GetPrompts, response: { voice: Lupe } }]
                expect: { outcome: queued }
            """);

        // Assert
        var (defaults, ownFault, ownMock) = (file.Scenarios[0], file.Scenarios[1], file.Scenarios[2]);
        defaults.Faults.Select(f => f.ToString()).ShouldBe(["GetPrompts times out", "store table Prompts unavailable"]);
        defaults.Faults.ShouldAllBe(f => f.FromDefaults);
        defaults.Call.Mocks.ShouldHaveSingleItem().FromDefaults.ShouldBeTrue();

        ownFault.Faults.Select(f => f.ToString()).ShouldBe(["GetCustomer throws", "GetPrompts times out", "store table Prompts unavailable"]);
        ownFault.Faults[0].FromDefaults.ShouldBeFalse();
        ownFault.Call.Mocks.ShouldBeEmpty();

        ownMock.Faults.Select(f => f.ToString()).ShouldBe(["store table Prompts unavailable"]);
        ownMock.Call.Mocks.Select(m => (m.Target, m.FromDefaults)).ShouldBe([("GetPrompts", false), ("GetCustomer", true)]);
    }

    [Fact]
    public void Parse_Start_ExternalMayNestAndAttributesJoinTheCallsAttributes()
    {
        // Act
        var scenario = Parse("""
            scenarios:
              - name: main flow entered directly
                call:
                  number: "+14443331111"
                  at: 2026-11-24T10:00:00-05:00
                  flow: MainFlow
                  attributes: { name: Spanish line, Language: English }
                  start:
                    external: { queue: Spanish, prompts: { wait: Espere } }
                    attributes: { Language: Spanish }
                    flowAttributes: { step: "3" }
                expect: { outcome: queued }
            """).Scenarios.ShouldHaveSingleItem();

        // Assert
        var request = scenario.Call.ToRequest();
        request.InitialExternal.ShouldNotBeNull().GetRawText().ShouldBe("""{"queue":"Spanish","prompts":{"wait":"Espere"}}""");
        request.InitialFlowAttributes.ShouldBe(new Dictionary<string, string> { ["step"] = "3" });
        request.InitialAttributes["Language"].ShouldBe("Spanish");
        request.InitialAttributes["name"].ShouldBe("Spanish line");
    }
}
