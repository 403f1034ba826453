using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class GetMetricDataExecutorTests
{
    [Fact]
    public async Task Execute_Queue_FillsMetricsNamespace()
    {
        // Arrange
        var get = Act("Get", "GetMetricData", "{\"QueueId\":\"" + CallHarness.EnglishArn + "\",\"QueueChannel\":\"Voice\"}", "Say", errors: [Err("NoMatchingError", "Failed")]);

        // Act
        var result = await CallHarness.RunFlowAsync(null, get,
            Say("Say", "$.Metrics.Queue.Name $.Metrics.Queue.Size $.Metrics.Agents.Available.Count $.Metrics.Agents.AfterContactWork.Count", "Hang up"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("English 2 1 1");
    }

    [Fact]
    public async Task Execute_QueueWithoutAgents_LeavesAgentCountsAbsent()
    {
        // Arrange
        var get = Act("Get", "GetMetricData", "{\"QueueId\":\"" + CallHarness.FullArn + "\"}", "Check");
        var check = Act("Check", "Compare", """{"ComparisonValue":"$.Metrics.Agents.Online.Count"}""", null, [Cond("Equals", "0", "Zero")], [Err("NoMatchingCondition", "Absent")]);

        // Act
        var result = await CallHarness.RunFlowAsync(null, get, check, Mark("Zero"), Mark("Absent"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Absent");
    }
}
