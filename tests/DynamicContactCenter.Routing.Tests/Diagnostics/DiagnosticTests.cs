using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Routing.Tests.Diagnostics;

public sealed class DiagnosticTests
{
    [Fact]
    public void ToString_FileAndLine_RendersFileColonLineFirst()
    {
        // Arrange
        var sut = new Diagnostic("DCC1001", Severity.Error, DiagnosticLocation.InFile("config/routing.yaml", "dialedNumbers[\"+1444\"]", 21), "\"+1444\" is not an E.164 number");

        // Act
        var text = sut.ToString();

        // Assert
        text.ShouldBe("config/routing.yaml:21: dialedNumbers[\"+1444\"]: error DCC1001: \"+1444\" is not an E.164 number");
    }

    [Fact]
    public void ToString_NoFile_RendersLocationFirst()
    {
        // Arrange
        var sut = new Diagnostic("DCC1012", Severity.Warning, DiagnosticLocation.InFile(null, "languages[\"English\"].prompts.waitPrompt"), "too long");

        // Act
        var text = sut.ToString();

        // Assert
        text.ShouldBe("languages[\"English\"].prompts.waitPrompt: warning DCC1012: too long");
    }

    [Fact]
    public void ToString_InFlow_RendersFileLineFlowActionAndField()
    {
        // Arrange: one location shape for flows too; the field is called "field" next to a flow and action.
        var sut = new DiagnosticDescriptor("DCC3009", "{0} transitions to '{1}', which is not an action in this flow.")
            .At(new DiagnosticLocation("flows/Main.json", 12, "Main", "Set queue", "Transitions.NextAction"), Severity.Error, "Set queue", "Nowhere");

        // Act
        var text = sut.ToString();

        // Assert
        text.ShouldBe("flows/Main.json:12: flow Main, action 'Set queue', field Transitions.NextAction: error DCC3009: Set queue transitions to 'Nowhere', which is not an action in this flow.");
    }

    [Fact]
    public void ToString_NoLocation_RendersSeverityAndCodeFirst()
    {
        // Arrange
        var sut = new Diagnostic("DCC1016", Severity.Error, DiagnosticLocation.None, "no languages are defined");

        // Act
        var text = sut.ToString();

        // Assert
        text.ShouldBe("error DCC1016: no languages are defined");
    }
}
