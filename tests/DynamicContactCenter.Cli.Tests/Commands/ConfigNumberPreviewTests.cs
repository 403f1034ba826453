using DynamicContactCenter.Local.Preview;

namespace DynamicContactCenter.Cli.Tests.Commands;

public sealed class ConfigNumberPreviewTests
{
    public static TheoryData<string[], string[], string[]> Diffs => new()
    {
        { ["a", "b", "end"], ["a", "b", "end"], [" a", " b", " end"] },
        { ["a", "b", "end"], ["a", "c", "end"], [" a", "-b", "+c", " end"] },
        { ["a", "end"], ["a", "x", "end"], [" a", "+x", " end"] },
        { ["a", "x", "end"], ["a", "end"], [" a", "-x", " end"] },
        { ["a", "end1"], ["b", "end2"], ["-a", "-end1", "+b", "+end2"] },
    };

    [Theory]
    [MemberData(nameof(Diffs))]
    public void Diff_TwoTranscripts_MarksWhatIsHeardOnlyBeforeOrAfter(string[] before, string[] after, string[] expected)
    {
        // Arrange
        var sut = new ConfigNumberPreview("+14443330000", "English line", [.. before], [.. after]);

        // Act
        var diff = sut.Diff().Select(d => $"{d.Mark}{d.Line}").ToArray();

        // Assert
        diff.ShouldBe(expected);
        sut.Changed.ShouldBe(!before.SequenceEqual(after));
    }
}
