using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Routing.Diagnostics;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

/// <summary>How a flow module returns (reference §6.4): its Settings.Transitions decide the caller's branch.</summary>
public sealed class ModuleReturnTests
{
    /// <summary>A module in the shape the console exports (Settings with InputParameters, OutputParameters and Transitions of
    /// DisplayName/ReferenceName/Description), declaring Success, Error and a custom Busy branch. It returns through the branch
    /// named by the contact attribute "outcome", and sets "fromModule" for the caller (modules hand data back through attributes).</summary>
    private static string Module(string returnAction) => """
        {"Version":"2019-10-30","StartAction":"Set",
         "Settings":{"InputParameters":[],"OutputParameters":[],"Transitions":[
           {"DisplayName":"Success","ReferenceName":"Success","Description":""},
           {"DisplayName":"Error","ReferenceName":"Error","Description":""},
           {"DisplayName":"All agents busy","ReferenceName":"Busy","Description":"No agent can take the call"}]},
         "Actions":[
           {"Identifier":"Set","Type":"UpdateContactAttributes","Parameters":{"Attributes":{"fromModule":"checked"}},
            "Transitions":{"NextAction":"Return","Conditions":[],"Errors":[{"ErrorType":"NoMatchingError","NextAction":"Return"}]}},
        """ + returnAction + "]}";

    private static string Return(string? transition) => transition is null
        ? """{"Identifier":"Return","Type":"EndFlowModuleExecution","Parameters":{},"Transitions":{}}"""
        : "{\"Identifier\":\"Return\",\"Type\":\"EndFlowModuleExecution\",\"Parameters\":{\"Transition\":\"" + transition + "\"},\"Transitions\":{}}";

    private static string Caller() => Flow(
        Act("Invoke", "InvokeFlowModule", """{"FlowModuleId":"Mod"}""", "Success",
            conditions: [Cond("Equals", "Busy", "Busy")], errors: [Err("NoMatchingError", "Error")]),
        Say("Success", "success [$.Attributes.fromModule]", "Hang up"), Mark("Busy"), Mark("Error"), Disconnect());

    [Theory]
    [InlineData(null, "success [checked]")]
    [InlineData("Success", "success [checked]")]
    [InlineData("Busy", "Busy")]
    [InlineData("Error", "Error")]
    public async Task Return_ThroughADeclaredBranch_CallerTakesThatBranch(string? transition, string heard)
    {
        // Arrange
        using var harness = new CallHarness(("Main", Caller()), ("Mod", Module(Return(transition))));

        // Act
        var result = await harness.RunAsync();

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe(heard);
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task Return_ThroughAnUndeclaredBranch_StopsNamingTheBranchAndTheDeclaredOnes()
    {
        // Arrange
        using var harness = new CallHarness(("Main", Caller()), ("Mod", Module(Return("Closed"))));

        // Act
        var result = await harness.RunAsync();

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(ModuleMessages.UndeclaredModuleTransition.Code);
        error.Location.Field.ShouldBe("Parameters.Transition");
        error.Message.ShouldContain("'Closed'");
        error.Message.ShouldContain("Success, Error, Busy");
    }

    [Fact]
    public async Task ErrorInsideTheModuleWithNoBranch_EndsTheModuleWithError_CallerTakesNoMatchingError()
    {
        // Arrange: the module sets a working queue the instance model does not have, and wires no error branch for it.
        var failing = """{"Identifier":"Return","Type":"UpdateContactTargetQueue","Parameters":{"QueueId":"arn:aws:connect:us-east-1:123456789012:instance/test/queue/nope"},"Transitions":{"NextAction":"End","Conditions":[],"Errors":[]}},"""
            + """{"Identifier":"End","Type":"EndFlowModuleExecution","Parameters":{},"Transitions":{}}""";
        using var harness = new CallHarness(("Main", Caller()), ("Mod", Module(failing)));

        // Act: strict, so the unknown queue is an error rather than a stub queue.
        var result = await harness.RunAsync(CallHarness.Request() with { Strict = true });

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Error");
        var warning = result.Diagnostics.ShouldHaveSingleItem();
        warning.Code.ShouldBe(ModuleMessages.ModuleEndedWithError.Code);
        warning.Severity.ShouldBe(Severity.Warning);
        warning.Location.Flow.ShouldBe("Mod");
    }
}
