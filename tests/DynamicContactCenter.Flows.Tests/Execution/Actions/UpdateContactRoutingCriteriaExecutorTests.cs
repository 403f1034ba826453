using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

/// <summary>"Set routing criteria" (reference §7, other action types): the preferred-agent criteria real exports write.</summary>
public sealed class UpdateContactRoutingCriteriaExecutorTests
{
    private const string PreferredAgent =
        """{"RoutingCriteria":{"Steps":[{"Expression":{"AttributeCondition":{"ComparisonOperator":"Match","MatchCriteria":{"AgentsCriteria":{"AgentIds":["$.Attributes.Agent"]}}}},"Expiry":{"DurationInSeconds":30}}]}}""";

    [Fact]
    public async Task Execute_PreferredAgent_TranscriptNamesTheAgentAndTheCallGoesOn()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null,
            Act("Remember", "UpdateContactAttributes", """{"Attributes":{"Agent":"agent-42"}}""", "Prefer", errors: [Err("NoMatchingError", "Failed")]),
            Act("Prefer", "UpdateContactRoutingCriteria", PreferredAgent, "Next", errors: [Err("NoMatchingError", "Failed")]), Mark("Next"), Mark("Failed"), Disconnect());

        // Assert
        var setting = result.Events.OfType<SettingChangedEvent>().ShouldHaveSingleItem();
        setting.Setting.ShouldBe("RoutingCriteria");
        setting.Value.ShouldBe("step 1: agents agent-42, for 30 s");
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Next");
    }

    [Theory]
    [InlineData("""{"RoutingCriteria":{"Steps":[]}}""", "Parameters.RoutingCriteria.Steps")]
    [InlineData("""{"RoutingCriteria":{"Steps":[{"Expiry":{"DurationInSeconds":30}}]}}""", "Parameters.RoutingCriteria.Steps[0].Expression")]
    public async Task Execute_InvalidCriteria_TakesErrorBranchNamingTheField(string parameters, string field)
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Prefer", "UpdateContactRoutingCriteria", parameters, "Next", errors: [Err("NoMatchingError", "Failed")]),
            Mark("Next"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(FlowMessages.InvalidParameter.Code);
        diagnostic.Location.Field.ShouldBe(field);
    }

    [Fact]
    public async Task Execute_NoCriteria_StopsNamingTheParameter()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Prefer", "UpdateContactRoutingCriteria", "{}", "Next", errors: [Err("NoMatchingError", "Failed")]), Mark("Next"), Mark("Failed"), Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        result.Diagnostics.ShouldHaveSingleItem().Location.Field.ShouldBe("Parameters.RoutingCriteria");
    }

    [Fact]
    public async Task Lint_NoErrorBranchAndNoSteps_ReportsBoth()
    {
        // Arrange
        var flow = LintedFlow.FromText(Flow(Act("Prefer", "UpdateContactRoutingCriteria", """{"RoutingCriteria":{"Steps":[]}}""", "Hang up"), Disconnect()), "F", "CONTACT_FLOW", "f.json");

        // Act
        var report = await FlowLinter.LintAsync(new LintRequest([flow], InstanceModel.Empty), CancellationToken.None);

        // Assert
        report.Findings.Select(f => $"{f.Rule.Id} {f.Location.Field}").ShouldBe(["DCC5008 Transitions.Errors", "DCC5010 Parameters.RoutingCriteria.Steps"]);
    }
}
