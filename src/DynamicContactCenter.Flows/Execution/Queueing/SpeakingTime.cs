using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Execution.Queueing;

/// <summary>How long a prompt takes to play on the virtual clock of the wait in queue. Text and SSML take their length at a speaking
/// rate; a prompt id or media file (audio we cannot measure offline) takes a fixed length.</summary>
/// <remarks>15 characters a second is about 150 words a minute, the usual rate of neural text-to-speech voices at the default
/// speed. SSML <c>&lt;break time="10s"/&gt;</c> pauses add their time (a queue flow's usual pause between repeats); Polly caps one
/// break at 10 s, and so do we. 30 s for recorded audio matches a typical hold-music clip; it is a simulation rule, not a
/// measurement. At least one second per prompt, so a queue flow made of prompts always moves the clock and every wait ends.</remarks>
internal static class SpeakingTime
{
    /// <summary>Characters spoken per second.</summary>
    public const int CharactersPerSecond = 15;

    /// <summary>What a prompt id or media file takes.</summary>
    public static readonly TimeSpan RecordedAudio = TimeSpan.FromSeconds(30);

    /// <summary>How long <paramref name="text"/> in <paramref name="format"/> (<c>text</c>, <c>ssml</c>, <c>prompt</c>, <c>media</c>) plays.</summary>
    public static TimeSpan Of(string text, string format)
    {
        if (format is "prompt" or "media") return RecordedAudio;
        var spoken = format == "ssml" ? SsmlSpeech.SpokenText(text) : text;
        var pauses = format == "ssml" ? SsmlSpeech.PauseSeconds(text) : 0;
        var seconds = Math.Max(1, (int)Math.Ceiling(spoken.Trim().Length / (double)CharactersPerSecond + pauses));
        return TimeSpan.FromSeconds(seconds);
    }
}
