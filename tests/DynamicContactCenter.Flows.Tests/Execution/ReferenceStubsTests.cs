using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Routing.Diagnostics;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution;

/// <summary>Issue #12 item 1, the last stops: a queue, hours, prompt or flow module the instance model does not know is a stub and the
/// call goes on; <see cref="CallRequest.Strict"/> keeps the error.</summary>
public sealed class ReferenceStubsTests
{
    // The shape of the corpus file terraform-aws-amazonconnect/.../quick_connect.json.tftpl: a Terraform placeholder as the queue.
    private const string TerraformQueue = "${support_queue_arn}";
    private const string ForeignQueueArn = "arn:aws:connect:eu-west-1:999999999999:instance/other/queue/q-support";

    private const string ForeignModuleArn = "arn:aws:connect:eu-west-1:999999999999:instance/other/flow-module/voicemail";

    private static string SetQueue(string queue, string next = "Transfer") =>
        Act("Set queue", "UpdateContactTargetQueue", "{\"QueueId\":\"" + queue + "\"}", next, errors: [Err("NoMatchingError", "Failed")]);

    private static readonly string Transfer =
        Act("Transfer", "TransferContactToQueue", "{}", null, errors: [Err("QueueAtCapacity", "Failed"), Err("NoMatchingError", "Failed")]);

    [Theory]
    [InlineData(TerraformQueue)]
    [InlineData(ForeignQueueArn)]
    public async Task UnknownQueue_NotStrict_QueuesTheCallerInANamedStubQueueWithAWarning(string queue)
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, SetQueue(queue), Transfer, Mark("Failed"), Disconnect());

        // Assert: the caller is queued (not sent down the error path) in a stub named as the flow wrote it.
        result.Outcome.ShouldBe(CallOutcome.Queued);
        result.Queue.ShouldNotBeNull().Name.ShouldBe(queue);
        result.Prompts.ShouldBeEmpty();
        var warning = result.Diagnostics.Single(d => d.Code == StubMessages.QueueStub.Code);
        (warning.Severity, warning.Location.Field).ShouldBe((Severity.Warning, "Parameters.QueueId"));
        warning.Message.ShouldContain(queue);
        warning.Message.ShouldContain("always open");
    }

    [Fact]
    public async Task UnknownQueue_Strict_TakesTheErrorBranchAsBefore()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Strict = true }, SetQueue(ForeignQueueArn), Transfer, Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Diagnostics.ShouldContain(d => d.Code == FlowMessages.UnknownQueue.Code);
        result.Diagnostics.ShouldNotContain(d => d.Code == StubMessages.QueueStub.Code);
    }

    [Fact]
    public async Task UnknownQueueArnFromAnAttribute_IsNotAStub_TheErrorBranchIsTaken()
    {
        // Arrange: a queue ARN returned at run time (say, by the team's own Lambda) that the model does not have: a finding, not a stub.
        var request = CallHarness.Request() with { InitialAttributes = new Dictionary<string, string> { ["queue"] = ForeignQueueArn } };

        // Act
        var result = await CallHarness.RunFlowAsync(request, SetQueue("$.Attributes.queue"), Transfer, Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Diagnostics.ShouldContain(d => d.Code == FlowMessages.UnknownQueue.Code && d.Message.Contains(ForeignQueueArn, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StubQueue_HoursAreOpenAndAnAgentIsAvailable()
    {
        // Arrange: check hours of the working queue, then staffing of the queue named directly.
        var flow = new[]
        {
            SetQueue(TerraformQueue, "Hours"),
            Act("Hours", "CheckHoursOfOperation", "{}", null, [Cond("Equals", "True", "Staffing"), Cond("Equals", "False", "Closed")], [Err("NoMatchingError", "Failed")]),
            Act("Staffing", "CheckMetricData", "{\"MetricType\":\"NumberOfAgentsAvailable\",\"QueueId\":\"" + TerraformQueue + "\"}", "Unstaffed",
                [Cond("NumberGreaterThan", "0", "Staffed")], [Err("NoMatchingCondition", "Unstaffed"), Err("NoMatchingError", "Failed")]),
            Mark("Staffed"), Mark("Unstaffed"), Mark("Closed"), Mark("Failed"), Disconnect(),
        };

        // Act
        var result = await CallHarness.RunFlowAsync(null, flow);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Staffed");
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
    }

    [Theory]
    [InlineData("arn:aws:connect:eu-west-1:999999999999:instance/other/operating-hours/h-support", false)]
    [InlineData("${support_hours_arn}", false)]
    [InlineData("arn:aws:connect:eu-west-1:999999999999:instance/other/operating-hours/h-support", true)]
    public async Task UnknownHours_AreStubHoursThatAreOpen_UnlessStrict(string hours, bool strict)
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Strict = strict },
            Act("Check", "CheckHoursOfOperation", "{\"HoursOfOperationId\":\"" + hours + "\"}", null,
                [Cond("Equals", "True", "Open"), Cond("Equals", "False", "Closed")], [Err("NoMatchingError", "Failed")]),
            Mark("Open"), Mark("Closed"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe(strict ? "Failed" : "Open");
        result.Diagnostics.Any(d => d.Code == StubMessages.HoursStub.Code && d.Message.Contains(hours, StringComparison.Ordinal)).ShouldBe(!strict);
    }

    [Fact]
    public async Task UnknownPrompt_TheTranscriptSaysItPlaysNotModelled_AndTheCallGoesOn()
    {
        // Arrange: PromptId as the designer exports it (reference §MessageParticipant: PromptId is the prompt's ARN).
        const string prompt = "arn:aws:connect:us-east-1:123456789012:instance/test/prompt/0f3f6a6e-hold-music";
        var play = Act("Play", "MessageParticipant", "{\"PromptId\":\"" + prompt + "\"}", "After");

        // Act
        var result = await CallHarness.RunFlowAsync(null, play, Say("After", "after the prompt", "Hang up"), Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
        result.Prompts.Select(p => p.Text).ShouldBe([prompt, "after the prompt"]);
        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldStartWith($"plays prompt {prompt} (not modelled)");
    }

    [Theory]
    [InlineData(false, "Next")]
    [InlineData(true, "Failed")]
    public async Task UnknownFlowModule_EndsWithSuccess_UnlessStrict(bool strict, string heard)
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Strict = strict },
            Act("Module", "InvokeFlowModule", "{\"FlowModuleId\":\"" + ForeignModuleArn + "\"}", "Next", errors: [Err("NoMatchingError", "Failed")]),
            Mark("Next"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe(heard);
        result.Diagnostics.Any(d => d.Code == StubMessages.ModuleStub.Code && d.Message.Contains(ForeignModuleArn, StringComparison.Ordinal)).ShouldBe(!strict);
    }
}
