using DynamicContactCenter.Flows.Execution.Queueing;

namespace DynamicContactCenter.Flows.Tests.Execution.Queueing;

/// <summary>How long a prompt takes on the virtual clock of the wait in queue.</summary>
public sealed class SpeakingTimeTests
{
    [Theory]
    [InlineData("Please hold.", "text", 1)] // 12 characters: under a second rounds up to one
    [InlineData("Thank you for calling. Your call is very important to us.", "text", 4)] // 57 characters
    [InlineData("<speak>Please hold.<break time=\"10s\"/></speak>", "ssml", 11)] // tags are silent, the break is not
    [InlineData("<speak>One<break time='500ms'/>two<break time=\"30s\"/></speak>", "ssml", 11)] // 0.5 s, and 30 s capped at Polly's 10 s
    [InlineData("arn:aws:connect:us-east-1:1:instance/i/prompt/p", "prompt", 30)]
    [InlineData("https://example.com/hold-music.wav", "media", 30)]
    public void Of_Prompt_TakesItsSpeakingTime(string text, string format, int seconds) =>
        SpeakingTime.Of(text, format).ShouldBe(TimeSpan.FromSeconds(seconds));
}
