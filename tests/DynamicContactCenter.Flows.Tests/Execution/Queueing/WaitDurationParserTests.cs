using DynamicContactCenter.Flows.Execution.Queueing;

namespace DynamicContactCenter.Flows.Tests.Execution.Queueing;

public sealed class WaitDurationParserTests
{
    [Theory]
    [InlineData("90s", 90)]
    [InlineData("2m", 120)]
    [InlineData("1m30s", 90)]
    [InlineData(" 1h ", 3600)]
    [InlineData("0s", 0)]
    [InlineData("24h", 86_400)]
    public void TryParse_DurationWithUnits_ReadsSeconds(string text, int seconds)
    {
        // Act
        var parsed = WaitDurationParser.TryParse(text, out var duration);

        // Assert
        parsed.ShouldBeTrue();
        duration.ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData("90")] // a bare number: seconds to some, minutes to others
    [InlineData("")]
    [InlineData("1.5m")]
    [InlineData("30s1m")] // largest unit first
    [InlineData("-5s")]
    [InlineData("25h")] // beyond a day
    [InlineData("ninety seconds")]
    public void TryParse_NotADuration_IsRefused(string text)
    {
        // Act & Assert
        WaitDurationParser.TryParse(text, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData(45, "45s")]
    [InlineData(120, "2m")]
    [InlineData(90, "1m30s")]
    public void Format_Duration_ReadsAsWritten(int seconds, string text) =>
        WaitDurationParser.Format(TimeSpan.FromSeconds(seconds)).ShouldBe(text);
}
