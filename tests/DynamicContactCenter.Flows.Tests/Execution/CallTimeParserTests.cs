using DynamicContactCenter.Flows.Execution;

namespace DynamicContactCenter.Flows.Tests.Execution;

[Trait("Issue", "14")]
public sealed class CallTimeParserTests
{
    [Theory]
    [InlineData("2026-11-24T10:00-05:00", 15)]
    [InlineData("2026-11-24T10:00:00-05:00", 15)]
    [InlineData("2026-11-24T15:00Z", 15)]
    [InlineData("2026-11-24T10:00:00.5+0100", 9)]
    public void TryParse_TimeWithOffset_IsThatInstant(string text, int utcHour)
    {
        // Act
        var ok = CallTimeParser.TryParse(text, out var at, out _);

        // Assert
        ok.ShouldBeTrue();
        at.UtcDateTime.Hour.ShouldBe(utcHour);
    }

    [Theory]
    [InlineData("2026-11-24T10:00")]
    [InlineData("2026-11-24T10:00:00")]
    [InlineData("2026-11-24")]
    public void TryParse_NoOffset_AsksForAnOffsetInsteadOfAssumingUtc(string text)
    {
        // Act
        var ok = CallTimeParser.TryParse(text, out _, out var expected);

        // Assert
        ok.ShouldBeFalse();
        expected.ShouldBe(CallTimeParser.MissingOffset);
        expected.ShouldContain("e.g. 2026-11-24T10:00-05:00");
    }

    [Fact]
    public void TryParse_NotATime_SaysWhatATimeLooksLike()
    {
        // Act
        var ok = CallTimeParser.TryParse("yesterday", out _, out var expected);

        // Assert
        ok.ShouldBeFalse();
        expected.ShouldBe(CallTimeParser.Expected);
    }
}
