using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class CheckHoursOfOperationExecutorTests
{
    private static readonly string SetQueue = Act("SetQueue", "UpdateContactTargetQueue", "{\"QueueId\":\"" + CallHarness.EnglishArn + "\"}", "Check", errors: [Err("NoMatchingError", "Failed")]);

    private static string[] Flow(string parameters = "{}") =>
    [
        SetQueue,
        Act("Check", "CheckHoursOfOperation", parameters, null, [Cond("Equals", "True", "Open"), Cond("Equals", "False", "Closed")], [Err("NoMatchingError", "Failed")]),
        Mark("Open"), Mark("Closed"), Mark("Failed"), Disconnect(),
    ];

    [Theory]
    [InlineData("2026-03-10T10:00:00-04:00", "Open")]      // Tuesday morning, EDT
    [InlineData("2026-03-10T23:59:00Z", "Open")]            // 19:59 in New York
    [InlineData("2026-03-11T00:00:00Z", "Closed")]          // 20:00 in New York: the end is exclusive
    [InlineData("2026-03-14T12:00:00-04:00", "Closed")]     // Saturday
    [InlineData("2026-12-25T12:00:00-05:00", "Closed")]     // Christmas override on a Friday
    [InlineData("2026-03-09T12:30:00Z", "Open")]            // Monday 08:30 EDT, the day after the DST change
    [InlineData("2026-03-06T12:30:00Z", "Closed")]          // Friday 07:30 EST, before DST: same UTC clock, an hour earlier locally
    public async Task Execute_WorkingQueueHours_AtCallTimeInHoursTimeZone(string at, string expected)
    {
        // Arrange
        var request = CallHarness.Request(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture));

        // Act
        var result = await CallHarness.RunFlowAsync(request, Flow());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe(expected);
        result.Events.OfType<CheckEvent>().ShouldHaveSingleItem().Check.ShouldContain("Business Hours");
    }

    [Fact]
    public async Task Execute_HoursOfOperationIdByName_UsesThoseHours()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Flow("""{"HoursOfOperationId":"Business Hours"}"""));

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Open");
    }

    [Fact]
    public async Task Execute_UnknownHours_TakesErrorWithDiagnostic()
    {
        // Act: strict; otherwise unknown hours are stub hours, always open (ReferenceStubsTests).
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Strict = true }, Flow("""{"HoursOfOperationId":"Night Shift"}"""));

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(FlowMessages.UnknownHours.Code);
    }

    [Fact]
    public async Task Execute_NoWorkingQueue_TakesError()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Flow()[1..]);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(FlowMessages.NoTargetQueue.Code);
    }

    [Fact]
    public async Task Execute_QueueWithoutHours_TakesError()
    {
        // Arrange
        var setFull = Act("SetQueue", "UpdateContactTargetQueue", "{\"QueueId\":\"" + CallHarness.FullArn + "\"}", "Check");

        // Act
        var result = await CallHarness.RunFlowAsync(null, [setFull, .. Flow()[1..]]);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
    }
}
