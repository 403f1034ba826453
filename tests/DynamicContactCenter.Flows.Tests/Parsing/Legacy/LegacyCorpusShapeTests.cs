using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Parsing;
using DynamicContactCenter.Flows.Tests.Instance;

namespace DynamicContactCenter.Flows.Tests.Parsing.Legacy;

/// <summary>Legacy shapes first met in the real exports of tests/corpus (issue #12): each test reads the kept file itself, so the mapping
/// is pinned to what the console really wrote, not to a shape we imagined.</summary>
public sealed class LegacyCorpusShapeTests
{
    private static string Corpus(params string[] path) =>
        Path.Combine([InstanceModelLoaderTests.RepositoryRoot(), "tests", "corpus", .. path]);

    [Fact]
    public void ParseFile_CallbackFlowWithInvalidPhoneNumberBranch_MapsItToInvalidCallbackNumber()
    {
        // Arrange: the console wrote SetCallBackNumber's invalid-number branch as "InvalidPhoneNumber" in this export, not "InvalidNumber".
        var file = Corpus("amazon-connect-snippets", "projects", "CreateCallback", "CreateCallbackFlow");

        // Act
        var result = FlowParser.ParseFile(file);

        // Assert
        result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var callback = result.Value.ShouldNotBeNull().Actions.Single(a => a.Identifier == "1f829973-7189-4a15-8fa1-bf5fd39089bc");
        callback.Type.ShouldBe(ActionTypes.UpdateContactCallbackNumber);
        callback.Parameters.GetProperty("CallbackNumber").GetString().ShouldBe("$.Attributes.CallbackNumber");
        callback.Transitions.FindError("InvalidCallbackNumber").ShouldBe("87bf79fb-d9ff-4f1d-a784-764acb06a410");
        callback.Transitions.FindError("CallbackNumberNotDialable").ShouldBe("87bf79fb-d9ff-4f1d-a784-764acb06a410");
    }

    [Fact]
    public void ParseFile_ChatDisconnectFlowWaitingForTheCustomer_MapsCustomerReturnToTheCustomerReturnedEvent()
    {
        // Arrange: a chat disconnect flow waits up to 8 hours for the customer to come back (InterruptOnCustomerReturn, branch CustomerReturn).
        var file = Corpus("amazon-connect-chat-ui-examples", "cloudformationTemplates", "urlPreviewForAsyncChat", "contactFlows", "Basic Chat Disconnect Flow.json");

        // Act
        var result = FlowParser.ParseFile(file);

        // Assert: the modern Wait lists the event it listens for and branches on it, as current exports of the same block do.
        result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var wait = result.Value.ShouldNotBeNull().Actions.Single(a => a.Identifier == "040e0076-1546-4da1-9ed2-6b21fd647f31");
        wait.Type.ShouldBe(ActionTypes.Wait);
        wait.Parameters.GetProperty("TimeLimitSeconds").GetString().ShouldBe("28800");
        wait.Parameters.GetProperty("Events").EnumerateArray().Select(e => e.GetString()).ShouldBe(["CustomerReturned"]);
        wait.Transitions.Conditions.Select(c => (c.Operator, c.Operands.Single(), c.NextAction)).ShouldBe(
        [
            (ConditionOperator.Equals, "CustomerReturned", "01be689f-4b42-4d8b-b3fe-52d004ef69a1"),
            (ConditionOperator.Equals, "WaitCompleted", "1b3768ca-d446-470b-9ee7-674a43280d12"),
        ]);
        wait.Transitions.FindError("NoMatchingError").ShouldBe("1b3768ca-d446-470b-9ee7-674a43280d12");
    }

    [Fact]
    public void ParseFile_ChatFlowCheckingALexSlot_ReadsTheLexSlotsNamespaceAndAQueueGivenOnlyByName()
    {
        // Arrange: this export names the namespace "Lex.Slots" (not "Lex") and its SetQueue has a resourceName but no value at all.
        var file = Corpus("amazon-connect-chat-ui-examples", "samTemplates", "amazon-connect-interactive-messages-example-lev-v1", "InteractiveMessagingContactFlow.json");

        // Act
        var result = FlowParser.ParseFile(file);

        // Assert
        result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var flow = result.Value.ShouldNotBeNull();
        flow.Actions.Single(a => a.Identifier == "3b2f3727-4eb7-4422-95c2-50798429f382").Parameters.GetProperty("ComparisonValue").GetString()
            .ShouldBe("$.Lex.Slots.action");
        flow.Actions.Single(a => a.Identifier == "cb0a54b8-6407-44b2-b507-f8401de864c0").Parameters.GetProperty("QueueId").GetString().ShouldBe("BasicQueue");
    }

    [Fact]
    public void Parse_StoreUserInputWithInvalidPhoneNumberBranch_MapsItToInvalidPhoneNumber()
    {
        // Arrange: the same branch name on a phone-number input (reference/flow-language.md §9: InvalidNumber / InvalidPhoneNumber).
        const string json = """
            {"modules":[{"id":"m1","type":"StoreUserInput","branches":[{"condition":"Success","transition":"m2"},{"condition":"InvalidPhoneNumber","transition":"m2"}],
            "parameters":[{"name":"Text","value":"Your number?"},{"name":"CustomerInputType","value":"PhoneNumber"}]},
            {"id":"m2","type":"Disconnect","branches":[],"parameters":[]}],"version":"1","type":"contactFlow","start":"m1","metadata":{"name":"Old"}}
            """;

        // Act
        var flow = FlowParser.Parse(json).Value.ShouldNotBeNull();

        // Assert
        flow.Actions[0].Transitions.FindError("InvalidPhoneNumber").ShouldBe("m2");
    }
}
