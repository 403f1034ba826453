using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution;

/// <summary>Exploration runs an action with its real executor on a fork and lists every branch with the contact that goes along it
/// (the base of the lint walk and of <c>dcc explore</c>).</summary>
public sealed class BranchExplorerTests
{
    [Fact]
    public async Task StepAsync_SetAttribute_SuccessBranchCarriesTheValueErrorBranchAndOriginalDoNot()
    {
        // Arrange
        var (harness, contact, flow) = Start(
            Act("Set", "UpdateContactAttributes", """{"Attributes":{"tier":"gold"}}""", "Next", errors: [Err("NoMatchingError", "Failed")]),
            Mark("Next"), Mark("Failed"), Disconnect());
        using var _ = harness;

        // Act
        var step = await Explorer(harness).StepAsync(contact, flow.Find("Set")!, CancellationToken.None);

        // Assert
        step.Branches.Select(b => (b.Label, b.Target, b.Taken, b.Contact.Attributes.GetValueOrDefault("tier")))
            .ShouldBe([("NextAction", "Next", true, "gold"), ("NoMatchingError", "Failed", false, (string?)null)]);
        contact.Attributes.ShouldNotContainKey("tier");
    }

    [Fact]
    public async Task StepAsync_MenuWithoutKeys_FollowsEveryChoiceAndMarksTheTimeoutTaken()
    {
        // Arrange
        var (harness, contact, flow) = Start(
            Act("Menu", "GetParticipantInput", """{"Text":"Press 1 or 2","InputTimeLimitSeconds":"5","StoreInput":"False"}""", "Other",
                [Cond("Equals", "1", "Sales"), Cond("Equals", "2", "Support")], [Err("InputTimeLimitExceeded", "Timeout"), Err("NoMatchingError", "Failed")]),
            Mark("Sales"), Mark("Support"), Mark("Other"), Mark("Timeout"), Mark("Failed"), Disconnect());
        using var _ = harness;

        // Act
        var step = await Explorer(harness).StepAsync(contact, flow.Find("Menu")!, CancellationToken.None);

        // Assert
        step.Branches.Select(b => $"{b.Label}->{b.Target}{(b.Taken ? " (taken)" : "")}")
            .ShouldBe(["Equals 1->Sales", "Equals 2->Support", "NextAction->Other", "InputTimeLimitExceeded->Timeout (taken)", "NoMatchingError->Failed"]);
    }

    [Fact]
    public async Task StepAsync_LambdaFailsForThisContact_FollowsOnlyItsErrorBranch()
    {
        // Arrange: a Lambda call's outcome is decided by the data it is sent, so its success branch cannot happen here.
        var (harness, contact, flow) = Start(
            Act("Call", "InvokeLambdaFunction", "{\"LambdaFunctionARN\":\"" + CallHarness.LookupArn + "\"}", "Next", errors: [Err("NoMatchingError", "Failed")]),
            Mark("Next"), Mark("Failed"), Disconnect());
        using var _ = harness;
        harness.Invoker.Fails("Lookup", "RoutingDataNotFound");

        // Act
        var step = await Explorer(harness).StepAsync(contact, flow.Find("Call")!, CancellationToken.None);

        // Assert
        step.Branches.Select(b => (b.Label, b.Target, b.Taken)).ShouldBe([("NoMatchingError", "Failed", true)]);
        step.After.Events.OfType<LambdaCalledEvent>().ShouldHaveSingleItem().Outcome.ShouldBe("failed");
    }

    private static BranchExplorer Explorer(CallHarness harness) => new(resolution => FlowBinder.Bind(resolution, harness.Instance.ResolvePlaceholder));

    private static (CallHarness Harness, CallContext Contact, BoundFlow Flow) Start(params string[] actions)
    {
        var harness = new CallHarness(("Main", Flow(actions)));
        var flow = FlowBinder.Bind(harness.Catalog.Resolve("Main"), harness.Instance.ResolvePlaceholder);
        var contact = new CallContext(CallHarness.Request(), harness.Instance, harness.Catalog, harness.Invoker, InterpreterOptions.Default,
            new LambdaFunctionResolver(harness.Instance))
        { Run = new FlowRun(flow, null, null) };
        return (harness, contact, flow);
    }
}
