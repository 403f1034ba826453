using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>What an SSML prompt sounds like: its <c>&lt;break time="…"/&gt;</c> pauses and the words the caller hears. The one reader of
/// SSML breaks: the virtual clock times them (<see cref="Execution.Queueing.SpeakingTime"/>) and the transcript shows them as silence.</summary>
/// <remarks>Amazon Polly caps one break at 10 s, and so do we. A break with no time (a <c>strength</c> only) is a short pause and counts
/// as none.</remarks>
public static partial class SsmlSpeech
{
    /// <summary>The longest pause one SSML break makes (Amazon Polly's limit).</summary>
    public static readonly TimeSpan LongestBreak = TimeSpan.FromSeconds(10);

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    [GeneratedRegex(@"<break\b[^>]*\btime\s*=\s*[""'](?<amount>\d+(\.\d+)?)(?<unit>ms|s)[""']", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Break();

    // A run of breaks with only white space between them is one silence to the caller (the shipped queue flow writes 20 s as two 10 s breaks).
    [GeneratedRegex(@"(?:<break\b[^>]*>\s*)+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BreakRun();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Space();

    /// <summary>The seconds of silence the breaks of <paramref name="ssml"/> make, each capped at <see cref="LongestBreak"/>.</summary>
    public static double PauseSeconds(string ssml) => Break().Matches(ssml).Sum(BreakSeconds);

    /// <summary>The text of <paramref name="ssml"/> without its tags (what is spoken, for its length).</summary>
    public static string SpokenText(string ssml) => Markup().Replace(ssml, "");

    /// <summary><paramref name="ssml"/> as people read what the caller hears: the words, with each run of breaks as
    /// <c>(silence 20 s)</c> and the other tags left out. <c>&lt;speak&gt;&lt;break time="10s"/&gt;&lt;break time="10s"/&gt;&lt;/speak&gt;</c>
    /// reads <c>(silence 20 s)</c>.</summary>
    public static string AsHeard(string ssml)
    {
        var withSilences = BreakRun().Replace(ssml, run => " " + Silence(PauseSeconds(run.Value)) + " ");
        return Space().Replace(WebUtility.HtmlDecode(Markup().Replace(withSilences, "")), " ").Trim();
    }

    /// <summary>True when <paramref name="ssml"/> is silence and nothing else.</summary>
    public static bool IsOnlySilence(string ssml) => SpokenText(BreakRun().Replace(ssml, "")).Trim().Length == 0 && Break().IsMatch(ssml);

    private static string Silence(double seconds) =>
        seconds > 0 ? $"(silence {seconds.ToString("0.#", CultureInfo.InvariantCulture)} s)" : "(pause)";

    private static double BreakSeconds(Match pause)
    {
        var amount = double.Parse(pause.Groups["amount"].Value, CultureInfo.InvariantCulture);
        var seconds = pause.Groups["unit"].Value.Equals("ms", StringComparison.OrdinalIgnoreCase) ? amount / 1000 : amount;
        return Math.Min(seconds, LongestBreak.TotalSeconds);
    }
}
