using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

/// <summary>"Resume contact" (API:contact-actions-updatecontactresumecontact: no parameters; ADM:resume-contact: tasks only, voice, chat
/// and email take the Error branch).</summary>
[Trait("Issue", "12")]
public sealed class ResumeContactExecutorTests
{
    private static readonly string Resume = Act("Resume", "ResumeContact", "{}", "Next", errors: [Err("NoMatchingError", "Failed")]);

    [Fact]
    public async Task Execute_TaskContact_RecordsTheResumeAndGoesOn()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Channel = "TASK" }, Resume, Mark("Next"), Mark("Failed"), Disconnect());

        // Assert
        var setting = result.Events.OfType<SettingChangedEvent>().ShouldHaveSingleItem();
        (setting.Setting, setting.Value).ShouldBe(("ContactState", "Resumed"));
        result.Events.OfType<ErrorBranchEvent>().ShouldBeEmpty();
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
    }

    [Theory]
    [InlineData("VOICE")]
    [InlineData("CHAT")]
    public async Task Execute_NotATask_TakesErrorBranch(string channel)
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Channel = channel }, Resume, Mark("Next"), Mark("Failed"), Disconnect());

        // Assert
        result.Events.OfType<ErrorBranchEvent>().ShouldHaveSingleItem().Reason.ShouldBe($"ResumeContact resumes task contacts only; this contact's channel is {channel}");
        result.Events.OfType<SettingChangedEvent>().ShouldBeEmpty();
    }
}
