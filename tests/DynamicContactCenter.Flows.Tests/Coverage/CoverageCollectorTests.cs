using DynamicContactCenter.Flows.Coverage;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Coverage;

/// <summary>Issue #12 item 7: a call records which actions ran and which branch each took, and coverage counts them against every
/// branch the flow wires (NextAction, each condition, each error).</summary>
[Trait("Issue", "12")]
public sealed class CoverageCollectorTests
{
    // A DTMF menu as exports write it (reference §7 GetParticipantInput: menu mode wires InputTimeLimitExceeded, NoMatchingCondition and NoMatchingError).
    private static readonly string[] Menu =
    [
        Act("Menu", "GetParticipantInput", """{"Text":"Press 1 for sales or 2 for support","InputTimeLimitSeconds":"5","StoreInput":"False"}""", null,
            [Cond("Equals", "1", "Sales"), Cond("Equals", "2", "Support")],
            [Err("InputTimeLimitExceeded", "Bye"), Err("NoMatchingCondition", "Bye"), Err("NoMatchingError", "Bye")]),
        Say("Sales", "Sales", "Hang up"), Say("Support", "Support", "Hang up"), Say("Bye", "Goodbye", "Hang up"), Disconnect(),
    ];

    [Fact]
    public async Task RunAsync_MenuKeyTwo_RecordsEachActionAndTheBranchItLeftBy()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { InputDigits = "2" }, Menu);

        // Assert
        result.Visits.Select(v => (v.ActionId, v.ActionType, v.Branch))
            .ShouldBe([("Menu", "GetParticipantInput", "Equals 2"), ("Support", "MessageParticipant", "NextAction"), ("Hang up", "DisconnectParticipant", (string?)null)]);
    }

    [Fact]
    public async Task Report_KeyOneAndTimeout_ListsTheUncoveredKeyAndErrorsWithFigures()
    {
        // Arrange
        using var harness = new CallHarness(("Main", Flow(Menu)));
        var collector = new CoverageCollector();

        // Act
        collector.Add(await harness.RunAsync(CallHarness.Request() with { InputDigits = "1" }));
        collector.Add(await harness.RunAsync(CallHarness.Request()));
        var report = collector.Report();

        // Assert: 5 actions; branches: Menu 2 conditions + 3 errors, three prompts' NextAction = 8.
        var flow = report.Flows.ShouldHaveSingleItem();
        (flow.ActionsCovered, flow.Actions, flow.BranchesCovered, flow.Branches).ShouldBe((4, 5, 4, 8));
        flow.Uncovered.Select(g => $"{g.ActionId} {g.ActionType} {g.Branch}")
            .ShouldBe(["Menu GetParticipantInput Equals 2", "Menu GetParticipantInput NoMatchingCondition", "Menu GetParticipantInput NoMatchingError",
                "Support MessageParticipant ", "Support MessageParticipant NextAction"]);
        report.BranchPercent.ShouldBe(50);
        CoverageFigures.Text(report.BranchesCovered, report.Branches).ShouldBe("4/8 (50%)");
    }
}
