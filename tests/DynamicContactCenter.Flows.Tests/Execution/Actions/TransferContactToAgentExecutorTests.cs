using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

/// <summary>"Transfer to agent": terminal, transfer flows only; the call ends transferred to the agent its target names.</summary>
[Trait("Issue", "12")]
public sealed class TransferContactToAgentExecutorTests
{
    // As real exports write it: no parameters, no transitions (reference §3 item 7).
    private static readonly string ToAgent = """{"Identifier":"To agent","Type":"TransferContactToAgent","Parameters":{},"Transitions":{}}""";

    [Fact]
    public async Task Execute_AgentSetAsWorkingQueue_EndsTransferredToThatAgent()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null,
            Act("Target", "UpdateContactTargetQueue", """{"AgentId":"alice"}""", "To agent", errors: [Err("NoMatchingError", "Hang up")]), ToAgent, Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Transferred);
        var transfer = result.Events.OfType<TransferEvent>().ShouldHaveSingleItem();
        (transfer.Kind, transfer.Target, transfer.Action).ShouldBe(("agent", "agent alice", "To agent"));
    }

    [Fact]
    public async Task Execute_NoTarget_EndsTransferredToTheQuickConnectsAgent()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, ToAgent);

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Transferred);
        result.Events.OfType<TransferEvent>().ShouldHaveSingleItem().Target.ShouldBe("the agent of the quick connect (not modelled)");
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task Lint_InAnInboundFlow_ReportsTheFlowType()
    {
        // Arrange
        var flow = LintedFlow.FromText(Flow(ToAgent), "F", "CONTACT_FLOW", "f.json");

        // Act
        var report = await FlowLinter.LintAsync(new LintRequest([flow], InstanceModel.Empty), CancellationToken.None);

        // Assert
        report.Findings.ShouldHaveSingleItem().Rule.Id.ShouldBe("DCC5014");
    }
}
