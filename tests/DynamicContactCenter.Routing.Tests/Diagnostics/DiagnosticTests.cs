using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Routing.Tests.Diagnostics;

public sealed class DiagnosticTests
{
    [Fact]
    public void ToString_FileAndLine_RendersFileColonLineFirst()
    {
        // Arrange
        var sut = new Diagnostic("DCC1001", Severity.Error, "config/routing.yaml", "dialedNumbers[\"+1444\"]", "\"+1444\" is not an E.164 number") { Line = 21 };

        // Act
        var text = sut.ToString();

        // Assert
        text.ShouldBe("config/routing.yaml:21: dialedNumbers[\"+1444\"]: error DCC1001: \"+1444\" is not an E.164 number");
    }

    [Fact]
    public void ToString_NoFile_RendersLocationFirst()
    {
        // Arrange
        var sut = new Diagnostic("DCC1012", Severity.Warning, null, "languages[\"English\"].prompts.waitPrompt", "too long");

        // Act
        var text = sut.ToString();

        // Assert
        text.ShouldBe("languages[\"English\"].prompts.waitPrompt: warning DCC1012: too long");
    }
}
