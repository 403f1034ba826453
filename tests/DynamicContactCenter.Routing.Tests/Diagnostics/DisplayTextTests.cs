using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Routing.Tests.Diagnostics;

[Trait("Issue", "10")]
public sealed class DisplayTextTests
{
    [Theory]
    [InlineData("Welcome\r\u001B[2KHello", "Welcome\\r\\u001B[2KHello")]
    [InlineData("a\nb\tc", "a\\nb\\tc")]
    [InlineData("nul\0bel\a", "nul\\0bel\\u0007")]
    [InlineData("del\u007Fc1\u0085\u009B", "del\\u007Fc1\\u0085\\u009B")]
    [InlineData("Bienvenido a Alpha to Zulu Corp. ¿Español? C:\\flows", "Bienvenido a Alpha to Zulu Corp. ¿Español? C:\\flows")]
    [InlineData("", "")]
    public void Escape_Text_ShowsEveryControlCharacterAsAVisibleEscape(string text, string expected)
    {
        // Act
        var shown = DisplayText.Escape(text);

        // Assert
        shown.ShouldBe(expected);
    }

    [Fact]
    public void ToString_DiagnosticWithControlCharacters_PrintsThemEscaped()
    {
        // Arrange: a finding from elsewhere (e.g. a table row) that quotes a value holding a terminal escape.
        var diagnostic = new Diagnostic("DCC9999", Severity.Error, DiagnosticLocation.InFile("tables\u001B]0;x\a", "languages[\"English\"]"), "\"Hi\r\u001B[2KBye\" is bad");

        // Act
        var text = diagnostic.ToString();

        // Assert
        text.ShouldBe("tables\\u001B]0;x\\u0007: languages[\"English\"]: error DCC9999: \"Hi\\r\\u001B[2KBye\" is bad");
    }
}
