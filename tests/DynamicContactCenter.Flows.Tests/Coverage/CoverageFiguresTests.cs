using DynamicContactCenter.Flows.Coverage;

namespace DynamicContactCenter.Flows.Tests.Coverage;

/// <summary><c>--min-coverage</c> judges the figure the report writes, so exploration's printed percentage passes as a minimum.</summary>
public sealed class CoverageFiguresTests
{
    [Theory]
    [InlineData(32, 63, 50.8, false)] // shown as 50.8%: the figure copied from the report passes
    [InlineData(32, 63, 50.9, true)]
    [InlineData(27, 54, 50.0, false)]
    [InlineData(26, 54, 48.1, false)] // 48.148...% is shown as 48.1%
    [InlineData(26, 54, 48.2, true)]
    public void IsBelow_MinimumAgainstTheWrittenFigure_JudgesTheFigureTheUserSees(int covered, int total, double minimum, bool below)
    {
        // Act
        var sut = CoverageFigures.IsBelow(CoverageFigures.Percent(covered, total), minimum);

        // Assert
        sut.ShouldBe(below);
    }
}
