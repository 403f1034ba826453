using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution;

/// <summary>A call request the interpreter cannot run says which of its values is wrong and what it takes (DCC3323), in the
/// catalogue's one format rather than a detail text passed through a "{0}" entry (issue #11 item 4).</summary>
[Trait("Issue", "11")]
public sealed class CallRequestErrorTests
{
    [Fact]
    public async Task RunAsync_InputDigitsWithALetter_StopsNamingTheDigitsTheLetterAndWhatIsAllowed()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { InputDigits = "12a" }, Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe("DCC3323");
        error.Location.Field.ShouldBe("InputDigits");
        error.Message.ShouldBe("the call's input digits '12a' is not usable; expected only 0-9, *, # and , (a pause), not 'a'.");
    }
}
