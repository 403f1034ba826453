using DynamicContactCenter.Routing.Placeholders;

namespace DynamicContactCenter.Routing.Tests.Placeholders;

public sealed class PlaceholderGrammarTests
{
    [Theory]
    [InlineData("${GetLambdasArn}", "GetLambdasArn", PlaceholderKind.Ours)]
    [InlineData("${AWS::Region}", "AWS::Region", PlaceholderKind.Ours)]
    [InlineData("${var.x[\"y\"]}", "var.x[\"y\"]", PlaceholderKind.ForeignDollar)]
    [InlineData("${a b}", "a b", PlaceholderKind.ForeignDollar)]
    [InlineData("${}", "", PlaceholderKind.ForeignDollar)]
    [InlineData("${a{b}}", "a{b}", PlaceholderKind.ForeignDollar)]
    [InlineData("{{ handlebars }}", "handlebars", PlaceholderKind.ForeignMustache)]
    public void Tokens_OnePlaceholder_TellsOursFromAnotherTools(string text, string name, PlaceholderKind kind)
    {
        // Act
        var token = PlaceholderGrammar.Tokens("say " + text + " now").ShouldHaveSingleItem();

        // Assert
        token.ShouldBe(new PlaceholderToken(4, text.Length, name, kind));
    }

    [Fact]
    public void Replace_OursKnownUnknownAndForeign_ReplacesOnlyKnownOnesOfOurs()
    {
        // Act
        var replaced = PlaceholderGrammar.Replace("${A} ${B} ${c d} {{A}} ${A", name => name == "A" ? "alpha" : null);

        // Assert
        replaced.ShouldBe("alpha ${B} ${c d} {{A}} ${A");
    }

    [Fact]
    public void Tokens_ManyUnclosedOpenings_FinishesQuickly()
    {
        // Arrange: a quadratic scanner would take minutes here.
        var text = string.Concat(Enumerable.Repeat("${", 200_000)) + "${Name}";

        // Act
        var names = PlaceholderGrammar.Names(text);

        // Assert
        names.ShouldBe(["Name"]);
    }
}
