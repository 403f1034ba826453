using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Scenarios;

namespace DynamicContactCenter.Flows.Tests.Scenarios;

/// <summary><c>mocks:</c> per scenario and under <c>defaults:</c>, and <c>strict:</c> under <c>defaults:</c> (issue #12 item 1).</summary>
public sealed class ScenarioMocksParserTests
{
    private static Scenario Only(string yaml)
    {
        var result = ScenarioParser.Parse(yaml, "mocks.yaml");
        result.Diagnostics.ShouldBeEmpty();
        return result.Value.ShouldNotBeNull().Scenarios.ShouldHaveSingleItem();
    }

    [Fact]
    public void Parse_Mocks_ScenarioFirstThenDefaultsOfOtherFunctions_EachKindOfAnswer()
    {
        // Act
        var scenario = Only("""
            defaults:
              at: 2026-11-24T10:00:00-05:00
              number: "+14443330000"
              strict: true
              mocks:
                - { function: GetSurveyConfig, response: { survey: CSAT } }
                - { function: "arn:aws:lambda:eu-west-1:1:function:Audit", timeout: true }
            scenarios:
              - name: one
                mocks:
                  - function: GetSurveyConfig
                    responses: [{ survey: NPS }, { survey: { nested: x } }, raw text]
                  - { function: "{{crm_lambda}}", throws: CRM down }
                expect: { outcome: transferred }
            """);

        // Assert
        var call = scenario.Call;
        call.Strict.ShouldBeTrue();
        call.Mocks.Select(m => m.Target).ShouldBe(["GetSurveyConfig", "{{crm_lambda}}", "arn:aws:lambda:eu-west-1:1:function:Audit"]);
        call.Mocks[0].Answers.Select(a => a.ResponseJson).ShouldBe(["""{"survey":"NPS"}""", """{"survey":{"nested":"x"}}""", "raw text"]);
        call.Mocks[1].Answers.ShouldHaveSingleItem().Throws.ShouldBe("CRM down");
        call.Mocks[2].Answers.ShouldHaveSingleItem().TimesOut.ShouldBeTrue();
        var request = call.ToRequest();
        (request.Strict, request.Mocks.Length).ShouldBe((true, 3));
        scenario.Expect.Outcome.ShouldBe(CallOutcome.Transferred);
    }

    [Theory]
    [InlineData("{ function: GetSurveyConfig }", "mocks[0]", "exactly one of response, responses, throws or timeout")]
    [InlineData("{ function: GetSurveyConfig, response: { a: b }, throws: x }", "mocks[0]", "(found response, throws)")]
    [InlineData("{ response: { a: b } }", "mocks[0].function", "placeholder text")]
    [InlineData("{ function: GetSurveyConfig, timeout: soon }", "mocks[0].timeout", "'soon'")]
    [InlineData("{ function: GetSurveyConfig, answer: { a: b } }", "mocks[0].answer", "is not a key of mocks[0]")]
    public void Parse_BadMock_ErrorNamesScenarioKeyAndWhatWasExpected(string mock, string key, string says)
    {
        // Act
        var result = ScenarioParser.Parse($$"""
            scenarios:
              - name: bad
                call: { number: "+14443330000", at: 2026-11-24T10:00:00-05:00 }
                mocks: [{{mock}}]
                expect: { outcome: transferred }
            """, "mocks.yaml");

        // Assert
        result.Succeeded.ShouldBeFalse();
        var error = result.Diagnostics.First(d => d.IsError);
        error.ToString().ShouldContain("mocks.yaml");
        error.ToString().ShouldContain($"scenario 'bad', key {key}");
        error.Message.ShouldContain(says);
    }

    [Fact]
    public void Parse_StrictNotABoolean_ErrorNamesDefaultsStrict()
    {
        // Act
        var result = ScenarioParser.Parse("""
            defaults: { strict: maybe }
            scenarios:
              - name: one
                call: { number: "+14443330000", at: 2026-11-24T10:00:00-05:00 }
                expect: { outcome: queued }
            """, "mocks.yaml");

        // Assert
        result.Diagnostics.ShouldContain(d => d.IsError && d.Message.Contains("'maybe' is not valid for defaults.strict; expected true or false", StringComparison.Ordinal));
    }
}
