using DynamicContactCenter.Flows.Execution.Queueing;
using DynamicContactCenter.Flows.Scenarios;

namespace DynamicContactCenter.Flows.Tests.Scenarios;

/// <summary>A scenario's <c>hold:</c> (how long the agent holds the answered caller), in the duration grammar of <c>wait:</c>.</summary>
[Trait("Issue", "12")]
public sealed class ScenarioHoldTests
{
    [Fact]
    public void Parse_HoldUnderDefaults_ReachesTheCall()
    {
        // Act
        var sut = ScenarioParser.Parse("""
            defaults: { at: 2026-11-24T10:00:00-05:00, wait: 2m, hold: 30s }
            scenarios:
              - name: held
                call: { number: "+14443330000" }
                expect: { outcome: queued, answeredAfter: 0s }
            """, "scenarios/hold.yaml");

        // Assert
        sut.Diagnostics.ShouldBeEmpty();
        sut.Value!.Scenarios[0].Call.ToRequest().Hold.ShouldBe(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Parse_HoldNotADuration_NamesKeyValueAndWhatIsExpected()
    {
        // Act
        var sut = ScenarioParser.Parse("""
            scenarios:
              - name: held
                call: { number: "+14443330000", at: 2026-11-24T10:00:00-05:00, wait: 2m, hold: soon }
                expect: { outcome: queued }
            """, "scenarios/bad.yaml");

        // Assert
        var diagnostic = sut.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Location.Field.ShouldNotBeNull().ShouldContain("call.hold");
        diagnostic.Message.ShouldContain("'soon'");
        diagnostic.Message.ShouldContain(WaitDurationParser.Expected);
    }
}
