using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Tests.Transcript;

/// <summary>SSML as the caller hears it: runs of breaks are one silence (capped at Polly's 10 s a break), tags are silent.</summary>
[Trait("Issue", "12")]
public sealed class SsmlSpeechTests
{
    [Theory]
    [InlineData("""<speak><break time="10s"/><break time="10s"/></speak>""", "(silence 20 s)")]
    [InlineData("""<speak>Please hold.<break time='30s'/></speak>""", "Please hold. (silence 10 s)")]
    [InlineData("""<speak>One<break time="500ms"/>two</speak>""", "One (silence 0.5 s) two")]
    [InlineData("""<speak>Wait<break strength="strong"/>here</speak>""", "Wait (pause) here")]
    [InlineData("""<speak>Tom &amp; Jerry</speak>""", "Tom & Jerry")]
    public void AsHeard_Ssml_ReadsAsWordsAndSilences(string ssml, string heard)
    {
        // Act
        var text = SsmlSpeech.AsHeard(ssml);

        // Assert
        text.ShouldBe(heard);
    }

    [Theory]
    [InlineData("""<speak><break time="10s"/> <break time="10s"/></speak>""", true)]
    [InlineData("""<speak>Hello<break time="1s"/></speak>""", false)]
    [InlineData("""<speak>Hello</speak>""", false)]
    public void IsOnlySilence_Ssml_TrueOnlyWithoutWords(string ssml, bool silent)
    {
        // Act
        var only = SsmlSpeech.IsOnlySilence(ssml);

        // Assert
        only.ShouldBe(silent);
    }
}
