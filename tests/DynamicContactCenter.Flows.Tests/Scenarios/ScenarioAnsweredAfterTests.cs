using System.Collections.Immutable;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Execution.Queueing;
using DynamicContactCenter.Flows.Scenarios;

namespace DynamicContactCenter.Flows.Tests.Scenarios;

/// <summary>A scenario's <c>expect.answeredAfter</c>: when an agent answered the queued caller, in the duration grammar of <c>wait:</c>.</summary>
[Trait("Issue", "12")]
public sealed class ScenarioAnsweredAfterTests
{
    private const string Yaml = """
        scenarios:
          - name: answered
            call: { number: "+14443330000", at: 2026-11-24T10:00:00-05:00, wait: 2m }
            expect: { outcome: queued, answeredAfter: 45s }
        """;

    [Theory]
    [InlineData(45, true)]
    [InlineData(30, false)]
    public void Check_AnsweredAfter_PassesOnlyAtThatTime(int answeredSeconds, bool passes)
    {
        // Arrange
        var expect = ScenarioParser.Parse(Yaml, "scenarios/answer.yaml").Value!.Scenarios[0].Expect;

        // Act
        var failures = ScenarioChecker.Check(expect, Queued(TimeSpan.FromSeconds(answeredSeconds)), null);

        // Assert
        expect.AnsweredAfter.ShouldBe(TimeSpan.FromSeconds(45));
        failures.Select(f => f.ToString()).ShouldBe(passes ? [] : ["answeredAfter: expected 45s, actual 30s"]);
    }

    [Fact]
    public void Check_NobodyAnswered_SaysSo()
    {
        // Arrange
        var expect = ScenarioParser.Parse(Yaml, "scenarios/answer.yaml").Value!.Scenarios[0].Expect;

        // Act
        var failures = ScenarioChecker.Check(expect, Queued(null) with { Outcome = CallOutcome.Abandoned }, null);

        // Assert
        failures.Select(f => f.ToString()).ShouldContain("answeredAfter: expected 45s, actual no agent answered (abandoned)");
    }

    [Fact]
    public void Parse_AnsweredAfterNotADuration_NamesKeyValueAndWhatIsExpected()
    {
        // Act
        var sut = ScenarioParser.Parse(Yaml.Replace("answeredAfter: 45s", "answeredAfter: 45", StringComparison.Ordinal), "scenarios/bad.yaml");

        // Assert
        sut.Succeeded.ShouldBeFalse();
        var diagnostic = sut.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Location.Field.ShouldNotBeNull().ShouldContain("expect.answeredAfter");
        diagnostic.Message.ShouldContain("'45'");
        diagnostic.Message.ShouldContain(WaitDurationParser.Expected);
    }

    private static CallResult Queued(TimeSpan? answered) =>
        new(CallOutcome.Queued, null, [], [], ImmutableDictionary<string, string>.Empty, "Joanna", "en-US", 1) { AnsweredAfter = answered };
}
