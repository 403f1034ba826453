using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class InvokeFlowModuleExecutorTests
{
    [Fact]
    public async Task Execute_Module_RunsWithOwnDataAndReturnsToNextAction()
    {
        // Arrange
        var main = Flow(
            Act("Call", "InvokeLambdaFunction", "{\"LambdaFunctionARN\":\"" + CallHarness.LookupArn + "\"}", "Module"),
            Act("Module", "InvokeFlowModule", """{"FlowModuleId":"Mod"}""", "After", errors: [Err("NoMatchingError", "Failed")]),
            Say("After", "after [$.Attributes.fromModule][$.External.x]", "Hang up"), Mark("Failed"), Disconnect());
        var module = Flow(
            Say("In module", "module sees [$.External.x]", "Set"),
            Act("Set", "UpdateContactAttributes", """{"Attributes":{"fromModule":"yes"}}""", "Return"),
            """{"Identifier":"Return","Type":"EndFlowModuleExecution","Parameters":{},"Transitions":{}}""");
        using var harness = new CallHarness(("Main", main), ("Mod", module));
        harness.Invoker.Returns("Lookup", """{"x":"caller"}""");

        // Act
        var result = await harness.RunAsync();

        // Assert
        result.Prompts.Select(p => p.Text).ShouldBe(["module sees []", "after [yes][caller]"]);
        result.Events.OfType<TransferEvent>().Select(t => t.Kind).ShouldBe(["module", "moduleReturn"]);
    }

    [Fact]
    public async Task Execute_UnknownModule_TakesError()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null,
            Act("Module", "InvokeFlowModule", """{"FlowModuleId":"$.FlowAttributes.moduleId"}""", "Hang up", errors: [Err("NoMatchingError", "Failed")]), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
    }

    [Fact]
    public async Task Execute_EndFlowModuleExecutionOutsideModule_EndsTheFlow()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, """{"Identifier":"Return","Type":"EndFlowModuleExecution","Parameters":{},"Transitions":{}}""");

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Ended);
    }
}
