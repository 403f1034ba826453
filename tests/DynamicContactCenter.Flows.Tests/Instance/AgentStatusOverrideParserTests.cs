using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Tests.TestSupport;

namespace DynamicContactCenter.Flows.Tests.Instance;

[Trait("Issue", "14")]
public sealed class AgentStatusOverrideParserTests
{
    [Theory]
    [InlineData("Spanish=Offline", "Spanish", AgentStatus.Offline)]
    [InlineData("English=on contact", "English", AgentStatus.OnContact)]
    [InlineData(CallHarness.SpanishArn + "=ACW", CallHarness.SpanishArn, AgentStatus.AfterContactWork)]
    public void TryParse_KnownQueueAndDocumentedState_IsThatOverride(string pair, string queue, AgentStatus status)
    {
        // Arrange
        using var harness = new CallHarness();

        // Act
        var ok = AgentStatusOverrideParser.TryParse(pair, harness.Instance, out var parsedQueue, out var parsedStatus, out _, out _);

        // Assert
        ok.ShouldBeTrue();
        parsedQueue.ShouldBe(queue);
        parsedStatus.ShouldBe(status);
    }

    [Fact]
    public void TryParse_QueueNotInTheInstance_NamesTheKnownQueues()
    {
        // Arrange
        using var harness = new CallHarness();

        // Act
        var ok = AgentStatusOverrideParser.TryParse("Spansh=Offline", harness.Instance, out _, out _, out var invalid, out var expected);

        // Assert
        ok.ShouldBeFalse();
        invalid.ShouldBe("Spansh");
        expected.ShouldBe("a queue of the instance model: English, Spanish, Full");
    }

    [Theory]
    [InlineData("English=Busy", "Busy")]
    [InlineData("English=Sleeping", "Sleeping")]
    public void TryParse_UndocumentedState_NamesTheAcceptedStates(string pair, string state)
    {
        // Arrange
        using var harness = new CallHarness();

        // Act
        var ok = AgentStatusOverrideParser.TryParse(pair, harness.Instance, out _, out _, out var invalid, out var expected);

        // Assert
        ok.ShouldBeFalse();
        invalid.ShouldBe(state);
        expected.ShouldContain(AgentStatusParser.Expected);
    }

    [Fact]
    public void TryParse_NoEquals_SaysQueueEqualsStatus()
    {
        // Act
        var ok = AgentStatusOverrideParser.TryParse("English", null, out _, out _, out var invalid, out var expected);

        // Assert
        ok.ShouldBeFalse();
        invalid.ShouldBe("English");
        expected.ShouldBe(AgentStatusOverrideParser.PairExpected);
    }
}
