using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class CheckMetricDataExecutorTests
{
    private static readonly string SetQueue = Act("SetQueue", "UpdateContactTargetQueue", "{\"QueueId\":\"" + CallHarness.EnglishArn + "\"}", "Check", errors: [Err("NoMatchingError", "Failed")]);

    private static string[] Staffing(string metric, string condition) =>
    [
        SetQueue,
        Act("Check", "CheckMetricData", "{\"MetricType\":\"" + metric + "\"}", "No", [condition], [Err("NoMatchingCondition", "No"), Err("NoMatchingError", "Failed")]),
        Mark("Yes"), Mark("No"), Mark("Failed"), Disconnect(),
    ];

    [Theory]
    [InlineData("NumberOfAgentsAvailable", null, "Yes")]
    [InlineData("NumberOfAgentsAvailable", AgentStatus.Offline, "No")]
    [InlineData("NumberOfAgentsAvailable", AgentStatus.OnContact, "No")]
    [InlineData("NumberOfAgentsStaffed", AgentStatus.AfterContactWork, "Yes")]
    [InlineData("NumberOfAgentsOnline", AgentStatus.Offline, "No")]
    public async Task Execute_AgentMetrics_CountAgentsWithOverrides(string metric, AgentStatus? overrideStatus, string expected)
    {
        // Arrange
        var overrides = overrideStatus is { } s ? new Dictionary<string, AgentStatus> { ["English"] = s } : new Dictionary<string, AgentStatus>();
        var request = CallHarness.Request() with { AgentStatusOverrides = overrides };

        // Act
        var result = await CallHarness.RunFlowAsync(request, Staffing(metric, Cond("NumberGreaterThan", "0", "Yes")));

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe(expected);
    }

    [Fact]
    public async Task Execute_QueueMetrics_ContactsAndOldestAgeInMilliseconds()
    {
        // Act
        var contacts = await CallHarness.RunFlowAsync(null, Staffing("NumberOfContactsInQueue", Cond("Equals", "2", "Yes")));
        var oldest = await CallHarness.RunFlowAsync(null, Staffing("OldestContactInQueueAgeSeconds", Cond("NumberLessThan", "300000", "Yes")));

        // Assert
        contacts.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Yes");
        oldest.Events.OfType<CheckEvent>().ShouldHaveSingleItem().Value.ShouldBe("90000");
        oldest.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Yes");
    }

    [Fact]
    public async Task Execute_NoQueue_TakesError()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Staffing("NumberOfAgentsAvailable", Cond("NumberGreaterThan", "0", "Yes"))[1..]);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
    }

    [Fact]
    public async Task Execute_UnknownMetric_Stops()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Staffing("HappinessIndex", Cond("NumberGreaterThan", "0", "Yes")));

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        result.Diagnostics.ShouldHaveSingleItem().Location.Field.ShouldBe("Parameters.MetricType");
    }
}
