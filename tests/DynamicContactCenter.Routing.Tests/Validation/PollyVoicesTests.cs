using DynamicContactCenter.Routing.Validation;

namespace DynamicContactCenter.Routing.Tests.Validation;

public sealed class PollyVoicesTests
{
    [Theory]
    [InlineData("Joanna", "en-US")]
    [InlineData("Lupe", "es-US")]
    [InlineData("Chantal", "fr-CA")]
    [InlineData("Lea", "fr-FR")]
    [InlineData("Léa", "fr-FR")]
    [InlineData("Mia", "es-MX")]
    [InlineData("Camila", "pt-BR")]
    [InlineData("Marlene", "de-DE")]
    public void TryGetLanguageCodes_KnownVoice_ReturnsItsLanguage(string voice, string code)
    {
        // Act
        var found = PollyVoices.TryGetLanguageCodes(voice, out var codes);

        // Assert
        found.ShouldBeTrue();
        codes.ShouldContain(code);
    }

    [Theory]
    [InlineData("joanna")]
    [InlineData("Chantale")]
    [InlineData("")]
    public void TryGetLanguageCodes_UnknownVoice_ReturnsFalse(string voice)
    {
        // Act
        var found = PollyVoices.TryGetLanguageCodes(voice, out _);

        // Assert
        found.ShouldBeFalse();
    }

    [Fact]
    public void VoicesFor_CanadianFrench_ListsItsVoicesOnly()
    {
        // Act
        var voices = PollyVoices.VoicesFor("fr-CA");

        // Assert
        voices.ShouldBe(["Chantal", "Gabrielle", "Liam"]);
    }
}
