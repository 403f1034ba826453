using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution;

/// <summary>Where reference/flow-language.md says Uncertain or Disagreement, these tests pin the choice we made.</summary>
public sealed class UncertainSemanticsTests
{
    private static string Call(string id, string arn, string next, string extra = "") =>
        Act(id, "InvokeLambdaFunction", "{\"LambdaFunctionARN\":\"" + arn + "\"" + extra + "}", next, errors: [Err("NoMatchingError", next)]);

    [Fact]
    public async Task External_SurvivesTransferToFlow_ByDefault()
    {
        // Arrange (DESIGN.md §6: the sample depends on it)
        using var harness = new CallHarness(
            ("Main", Flow(Call("Call", CallHarness.LookupArn, "Go"), Act("Go", "TransferToFlow", """{"ContactFlowId":"Other"}""", "Hang up"), Disconnect())),
            ("Other", Flow(Say("Say", "[$.External.x]", "Hang up"), Disconnect())));
        harness.Invoker.Returns("Lookup", """{"x":"kept"}""");

        // Act
        var kept = await harness.RunAsync();
        var dropped = await harness.RunAsync(options: new InterpreterOptions { KeepExternalAcrossTransfer = false });

        // Assert
        kept.Prompts.Single().Text.ShouldBe("[kept]");
        dropped.Prompts.Single().Text.ShouldBe("[]");
    }

    [Fact]
    public async Task StoredCustomerInput_DoesNotSurviveTransferToFlow_ByDefault()
    {
        // Arrange (reference §6.1: flow-run data)
        using var harness = new CallHarness(
            ("Main", Flow(Act("Store", "GetParticipantInput", """{"Text":"digits","StoreInput":"True"}""", "Go"), Act("Go", "TransferToFlow", """{"ContactFlowId":"Other"}""", "Hang up"), Disconnect())),
            ("Other", Flow(Say("Say", "[$.StoredCustomerInput]", "Hang up"), Disconnect())));
        var request = CallHarness.Request() with { InputDigits = "42#" };

        // Act
        var result = await harness.RunAsync(request);

        // Assert
        result.Prompts.Last().Text.ShouldBe("[]");
    }

    [Fact]
    public async Task External_FailedCallLeavesPreviousValue_ByDefault()
    {
        // Arrange (reference §4: SIM-GO replaces it only on success)
        using var harness = new CallHarness(("Main", Flow(Call("First", CallHarness.LookupArn, "Second"), Call("Second", CallHarness.StubbedArn + "-missing", "Say"),
            Say("Say", "[$.External.x]", "Hang up"), Disconnect())));
        harness.Invoker.Returns("Lookup", """{"x":"first"}""");

        // Act
        var kept = await harness.RunAsync();
        var cleared = await harness.RunAsync(options: new InterpreterOptions { ClearExternalOnLambdaFailure = true });

        // Assert
        kept.Prompts.Single().Text.ShouldBe("[first]");
        cleared.Prompts.Single().Text.ShouldBe("[]");
    }

    [Fact]
    public async Task External_AsynchronousCallDoesNotUpdateIt()
    {
        // Arrange (reference §5)
        using var harness = new CallHarness(("Main", Flow(Call("Call", CallHarness.LookupArn, "Say", ",\"InvocationType\":\"ASYNCHRONOUS\""), Say("Say", "[$.External.x]", "Hang up"), Disconnect())));
        harness.Invoker.Returns("Lookup", """{"x":"ignored"}""");

        // Act
        var result = await harness.RunAsync();

        // Assert
        harness.Invoker.Calls.ShouldHaveSingleItem();
        result.Prompts.Single().Text.ShouldBe("[]");
    }

    [Fact]
    public async Task UnresolvedReference_ReadsAsConfiguredText()
    {
        // Act
        using var harness = new CallHarness(("Main", Flow(Say("Say", "[$.Attributes.none]", "Hang up"), Disconnect())));
        var result = await harness.RunAsync(options: new InterpreterOptions { UnresolvedReferenceText = "?" });

        // Assert
        result.Prompts.Single().Text.ShouldBe("[?]");
    }

    [Fact]
    public async Task FlowAttributes_AreNotCarriedToTheNextFlow()
    {
        // Arrange (documented, pinned next to the uncertain ones)
        using var harness = new CallHarness(
            ("Main", Flow(Act("Set", "UpdateFlowAttributes", """{"FlowAttributes":{"f":{"Value":"v"}}}""", "Go"), Act("Go", "TransferToFlow", """{"ContactFlowId":"Other"}""", "Hang up"), Disconnect())),
            ("Other", Flow(Say("Say", "[$.FlowAttributes.f]", "Hang up"), Disconnect())));

        // Act
        var result = await harness.RunAsync();

        // Assert
        result.Prompts.Single().Text.ShouldBe("[]");
    }

    [Fact]
    public async Task LoopCounter_PersistsForTheCallAcrossFlowReentry()
    {
        // Arrange: Main loops once then transfers to Other, which transfers back; the counter continues rather than restarting.
        var main = Flow(
            Act("Loop", "Loop", """{"LoopCount":"1"}""", "Done", [Cond("Equals", "ContinueLooping", "Away"), Cond("Equals", "DoneLooping", "Done")]),
            Act("Away", "TransferToFlow", """{"ContactFlowId":"Other"}""", "Hang up"), Mark("Done"), Disconnect());
        var other = Flow(Act("Back", "TransferToFlow", """{"ContactFlowId":"Main"}""", "Hang up"), Disconnect());
        using var harness = new CallHarness(("Main", main), ("Other", other));

        // Act
        var result = await harness.RunAsync();

        // Assert
        result.Prompts.Single().Text.ShouldBe("Done");
        result.Events.OfType<TransferEvent>().Count().ShouldBe(2);
    }

    [Fact]
    public async Task OldestContactAge_ReportedInMilliseconds_ByDefault()
    {
        // Arrange (reference §7 units surprise)
        string[] flow =
        [
            Act("Q", "UpdateContactTargetQueue", "{\"QueueId\":\"" + CallHarness.EnglishArn + "\"}", "Check"),
            Act("Check", "CheckMetricData", """{"MetricType":"OldestContactInQueueAgeSeconds"}""", "No", [Cond("NumberGreaterThan", "1000", "Yes")], [Err("NoMatchingCondition", "No")]),
            Mark("Yes"), Mark("No"), Disconnect(),
        ];
        using var harness = new CallHarness(("Main", Flow(flow)));

        // Act
        var milliseconds = await harness.RunAsync();
        var seconds = await harness.RunAsync(options: new InterpreterOptions { OldestContactAgeInMilliseconds = false });

        // Assert
        milliseconds.Prompts.Single().Text.ShouldBe("Yes");
        seconds.Prompts.Single().Text.ShouldBe("No");
    }

    [Fact]
    public async Task ResultWithNoConditionsAndNoNoMatchingCondition_GoesToNextAction()
    {
        // Arrange (reference §3.4/§3.5: conditions not used → NextAction)
        var request = CallHarness.Request() with { InputDigits = "5" };

        // Act
        var result = await CallHarness.RunFlowAsync(request, Act("Any", "GetParticipantInput", """{"Text":"any key"}""", "Next"), Mark("Next"), Disconnect());

        // Assert
        result.Prompts.Last().Text.ShouldBe("Next");
    }
}
