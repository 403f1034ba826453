using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class UpdateContactEventHooksExecutorTests
{
    [Fact]
    public async Task Execute_CustomerQueueHook_RecordsFlowByName()
    {
        // Arrange
        var hook = Act("Hook", "UpdateContactEventHooks", "{\"EventHooks\":{\"CustomerQueue\":\"" + CallHarness.InstanceArn + "/contact-flow/Main-id\"}}", "Hang up",
            errors: [Err("NoMatchingError", "Failed")]);

        // Act
        var result = await CallHarness.RunFlowAsync(null, hook, Mark("Failed"), Disconnect());

        // Assert
        var setting = result.Events.OfType<SettingChangedEvent>().ShouldHaveSingleItem();
        (setting.Setting, setting.Value).ShouldBe(("EventHook.CustomerQueue", "Main"));
    }

    [Fact]
    public async Task Execute_UnknownHookType_TakesError()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null,
            Act("Hook", "UpdateContactEventHooks", """{"EventHooks":{"Teatime":"x"}}""", "Hang up", errors: [Err("NoMatchingError", "Failed")]), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Diagnostics.ShouldHaveSingleItem().Location.Field.ShouldBe("Parameters.EventHooks.Teatime");
    }
}
