using DynamicContactCenter.Flows.Execution;

namespace DynamicContactCenter.Flows.Tests.Execution;

[Trait("Issue", "14")]
public sealed class DialedNumberParserTests
{
    [Fact]
    public void TryParse_E164_IsTheNumber()
    {
        // Act
        var ok = DialedNumberParser.TryParse("+14443331111", out var number, out _);

        // Assert
        ok.ShouldBeTrue();
        number.ShouldBe("+14443331111");
    }

    [Theory]
    [InlineData("14443331111", "did you mean +14443331111?")]
    [InlineData("1 (444) 333-1111", "did you mean +14443331111?")]
    [InlineData("(444) 333-1111", "e.g. +14443331111")]
    [InlineData("+1 444 333 1111", "did you mean +14443331111?")]
    [InlineData("default", "e.g. +14443331111")]
    public void TryParse_NotExactlyE164_IsRefusedNamingTheE164Form(string text, string hint)
    {
        // Act
        var ok = DialedNumberParser.TryParse(text, out _, out var expected);

        // Assert
        ok.ShouldBeFalse();
        expected.ShouldContain(hint);
        expected.ShouldContain("'default' row");
    }
}
