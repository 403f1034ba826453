using DynamicContactCenter.Flows.Execution.Queueing;
using DynamicContactCenter.Flows.Scenarios;

namespace DynamicContactCenter.Flows.Tests.Scenarios;

/// <summary>A scenario's <c>wait:</c> (the wait in queue), under <c>call:</c> or <c>defaults:</c>.</summary>
public sealed class ScenarioWaitTests
{
    [Fact]
    public void Parse_WaitUnderDefaults_AppliesToEveryScenarioAndTheScenarioKeyWins()
    {
        // Arrange
        const string yaml = """
            defaults:
              at: 2026-11-24T10:00:00-05:00
              wait: 2m
            scenarios:
              - name: on hold
                call: { number: "+14443331111" }
                expect: { outcome: abandoned }
              - name: short hold
                call: { number: "+14443331111", wait: 1m30s }
                expect: { outcome: queued }
            """;

        // Act
        var sut = ScenarioParser.Parse(yaml, "scenarios/hold.yaml");

        // Assert
        sut.Diagnostics.ShouldBeEmpty();
        sut.Value!.Scenarios.Select(s => s.Call.ToRequest().QueueWait).ShouldBe([TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(90)]);
    }

    [Fact]
    public void Parse_NoWait_CallEndsWhenQueuedAsBefore()
    {
        // Act
        var sut = ScenarioParser.Parse("""
            scenarios:
              - name: queued
                call: { number: "+14443331111", at: 2026-11-24T10:00:00-05:00 }
                expect: { outcome: queued }
            """, "scenarios/q.yaml");

        // Assert
        sut.Value!.Scenarios[0].Call.ToRequest().QueueWait.ShouldBeNull();
    }

    [Fact]
    public void Parse_WaitNotADuration_NamesScenarioKeyValueAndWhatIsExpected()
    {
        // Act
        var sut = ScenarioParser.Parse("""
            scenarios:
              - name: hold
                call: { number: "+14443331111", at: 2026-11-24T10:00:00-05:00, wait: 90 }
                expect: { outcome: queued }
            """, "scenarios/bad.yaml");

        // Assert
        sut.Succeeded.ShouldBeFalse();
        var diagnostic = sut.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(ScenarioMessages.InvalidValue.Code);
        diagnostic.Location.Field.ShouldNotBeNull().ShouldContain("scenario 'hold', key call.wait");
        diagnostic.Message.ShouldContain("'90'");
        diagnostic.Message.ShouldContain(WaitDurationParser.Expected);
    }
}
