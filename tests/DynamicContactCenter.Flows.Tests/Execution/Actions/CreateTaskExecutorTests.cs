using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

/// <summary>"Create task" with the parameter object of API:createtask: the task is recorded with its resolved fields and the call goes on.</summary>
[Trait("Issue", "12")]
public sealed class CreateTaskExecutorTests
{
    private const string TasksArn = CallHarness.InstanceArn + "/contact-flow/Tasks-id";

    private static string CreateTask(string flow) => Act("Task", "CreateTask", $$$"""
        {"ContactFlowId":"{{{flow}}}","Name":"Call back $.CustomerEndpoint.Address","Description":"Asked for $.Attributes.Topic",
         "Attributes":{"Topic":"$.Attributes.Topic","Priority":"high"},
         "References":{"Recording":{"Type":"URL","Value":"https://example.com/r/$.ContactId"}},"DelaySeconds":"3600"}
        """.ReplaceLineEndings(""), "Thanks", errors: [Err("NoMatchingError", "Failed")]);

    private static readonly string SetTopic = Act("Topic", "UpdateContactAttributes", """{"Attributes":{"Topic":"billing"}}""", "Task", errors: [Err("NoMatchingError", "Failed")]);

    [Fact]
    public async Task Execute_ModelledFlow_RecordsTheTaskResolvedAndTheCallGoesOn()
    {
        // Arrange
        using var harness = new CallHarness(("Main", Flow(SetTopic, CreateTask(TasksArn), Mark("Thanks"), Mark("Failed"), Disconnect())), ("Tasks", Flow(End())));

        // Act
        var result = await harness.RunAsync();

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Thanks");
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
        var task = result.Tasks.ShouldHaveSingleItem();
        (task.Name, task.Description, task.ContactFlow, task.ContactFlowArn, task.DelaySeconds).ShouldBe(
            ("Call back +15555550100", "Asked for billing", "Tasks", TasksArn, (int?)3600));
        task.Attributes.ShouldBe(new Dictionary<string, string> { ["Topic"] = "billing", ["Priority"] = "high" }, ignoreOrder: true);
        var recording = task.References["Recording"];
        recording.Type.ShouldBe("URL");
        recording.Value.ShouldStartWith("https://example.com/r/");
        result.Diagnostics.ShouldBeEmpty();
        result.Events.OfType<TransferEvent>().ShouldBeEmpty();
    }

    [Fact]
    public async Task Execute_UnknownFlow_RecordsTheTaskForTheStubAndWarns()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, SetTopic, CreateTask("${FollowUpFlowArn}"), Mark("Thanks"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Thanks");
        result.Tasks.ShouldHaveSingleItem().ContactFlow.ShouldBe("${FollowUpFlowArn}");
        result.Diagnostics.Select(d => d.Code).ShouldContain(ActionMessages.TaskFlowStub.Code);
    }

    [Fact]
    public async Task Execute_UnknownFlowStrict_TakesErrorBranch()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Strict = true }, SetTopic,
            CreateTask(CallHarness.InstanceArn + "/contact-flow/elsewhere"), Mark("Thanks"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Tasks.ShouldBeEmpty();
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(FlowMessages.UnknownFlow.Code);
    }

    [Fact]
    public async Task Execute_DelayAndScheduledTime_StopsNamingTheConflict()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("Task", "CreateTask",
            $$"""{"ContactFlowId":"{{TasksArn}}","Name":"n","DelaySeconds":"60","ScheduledTime":"2026-03-11T10:00:00Z"}""", "Hang up", errors: [Err("NoMatchingError", "Hang up")]),
            Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("'DelaySeconds and ScheduledTime' is not valid; expected DelaySeconds or ScheduledTime, not both.");
    }

    [Fact]
    public async Task ToJson_CreatedTask_IsListedUnderTasks()
    {
        // Arrange
        using var harness = new CallHarness(("Main", Flow(SetTopic, CreateTask(TasksArn), Mark("Thanks"), Mark("Failed"), Disconnect())), ("Tasks", Flow(End())));
        var result = await harness.RunAsync();

        // Act
        using var json = JsonDocument.Parse(CallResultJsonWriter.ToJson(result));

        // Assert
        var task = json.RootElement.GetProperty("tasks").EnumerateArray().ShouldHaveSingleItem();
        task.GetProperty("name").GetString().ShouldBe("Call back +15555550100");
        task.GetProperty("contactFlow").GetString().ShouldBe("Tasks");
        task.GetProperty("references").GetProperty("Recording").GetProperty("type").GetString().ShouldBe("URL");
        json.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ShouldContain("taskCreated");
    }
}
