using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class TransferToFlowExecutorTests
{
    private const string OtherArn = CallHarness.InstanceArn + "/contact-flow/Other-id";

    private static string Transfer(string target) =>
        Act("Transfer", "TransferToFlow", "{\"ContactFlowId\":\"" + target + "\"}", "Failed", errors: [Err("NoMatchingError", "Failed")]);

    [Theory]
    [InlineData(OtherArn)]
    [InlineData("Other-id")]
    [InlineData("${OtherArn}")]
    public async Task Execute_KnownFlow_ContinuesThereWithContactStateAndExternal(string target)
    {
        // Arrange
        var main = Flow(
            Act("Voice", "UpdateContactTextToSpeechVoice", """{"TextToSpeechVoice":"Lupe"}""", "Set"),
            Act("Set", "UpdateContactAttributes", """{"Attributes":{"k":"contact"}}""", "Flow attr"),
            Act("Flow attr", "UpdateFlowAttributes", """{"FlowAttributes":{"f":{"Value":"flow"}}}""", "Call"),
            Act("Call", "InvokeLambdaFunction", "{\"LambdaFunctionARN\":\"" + CallHarness.LookupArn + "\"}", "Transfer"),
            Transfer(target), Mark("Failed"), Disconnect());
        var other = Flow(Say("Other start", "[$.Attributes.k][$.FlowAttributes.f][$.External.x]", "Hang up"), Disconnect());
        using var harness = new CallHarness(("Main", main), ("Other", other));
        harness.Invoker.Returns("Lookup", """{"x":"external"}""");

        // Act
        var result = await harness.RunAsync();

        // Assert
        var prompt = result.Prompts.ShouldHaveSingleItem();
        prompt.Text.ShouldBe("[contact][][external]");
        prompt.Voice.ShouldBe("Lupe");
        result.Events.OfType<TransferEvent>().ShouldHaveSingleItem().TargetArn.ShouldBe(OtherArn);
        result.Events.OfType<FlowStartedEvent>().Select(e => e.Flow).ShouldBe(["Main", "Other"]);
    }

    [Fact]
    public async Task Execute_UnknownFlowWithErrorBranch_Strict_TakesItWithDiagnostic()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Strict = true }, Transfer("arn:aws:connect:us-east-1:1:instance/x/contact-flow/nope"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        var warning = result.Diagnostics.ShouldHaveSingleItem();
        (warning.Code, warning.Location.Flow, warning.Location.ActionId, warning.Location.Field).ShouldBe((FlowMessages.UnknownFlow.Code, "Main", "Transfer", "Parameters.ContactFlowId"));
    }

    [Fact]
    public async Task Execute_UnknownFlowWithoutErrorBranch_Strict_StopsWithUnknownFlow()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Strict = true }, Act("Transfer", "TransferToFlow", """{"ContactFlowId":"Nowhere"}""", "Hang up"), Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(FlowMessages.UnknownFlow.Code);
        error.Message.ShouldContain("Nowhere");
    }

    [Fact]
    public async Task Execute_PingPongTransfers_StopAtTransferLimit()
    {
        // Arrange
        var main = Flow(Act("Go", "TransferToFlow", """{"ContactFlowId":"Other"}""", "Hang up"), Disconnect());
        var other = Flow(Act("Back", "TransferToFlow", """{"ContactFlowId":"Main"}""", "Hang up"), Disconnect());
        using var harness = new CallHarness(("Main", main), ("Other", other));

        // Act
        var result = await harness.RunAsync();

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(FlowMessages.TransferLimitExceeded.Code);
    }
}
