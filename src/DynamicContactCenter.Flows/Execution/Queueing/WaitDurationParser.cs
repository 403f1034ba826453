using System.Globalization;
using System.Text.RegularExpressions;

namespace DynamicContactCenter.Flows.Execution.Queueing;

/// <summary>The one rule for reading a length of time a person writes: <c>dcc call --wait</c>, a scenario's <c>wait:</c> and a queue's
/// <c>answerAfter:</c> in the instance model. Hours, minutes and seconds with their unit, largest first: <c>90s</c>, <c>2m</c>,
/// <c>1m30s</c>, <c>1h</c>.</summary>
/// <remarks>A bare number is refused rather than read as seconds: "--wait 2" reads as minutes to some people, and a scenario must
/// mean one thing.</remarks>
public static partial class WaitDurationParser
{
    /// <summary>What a valid value looks like, for messages and help.</summary>
    public const string Expected = "a duration with units, such as 90s, 2m or 1m30s (at most 24h)";

    /// <summary>The longest wait accepted: a day of virtual time is far beyond any real queue and keeps a run bounded.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromHours(24);

    [GeneratedRegex(@"\A(?:(?<h>\d{1,3})h)?(?:(?<m>\d{1,5})m)?(?:(?<s>\d{1,6})s)?\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Units();

    /// <summary>Parses <paramref name="text"/> (surrounding spaces ignored); false when it is not a duration from 0 s to <see cref="Longest"/>.</summary>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var trimmed = (text ?? "").Trim();
        var match = Units().Match(trimmed);
        if (trimmed.Length == 0 || !match.Success) return false;
        var seconds = Part(match, "h") * 3600L + Part(match, "m") * 60L + Part(match, "s");
        if (seconds > (long)Longest.TotalSeconds) return false;
        duration = TimeSpan.FromSeconds(seconds);
        return true;
    }

    /// <summary>A duration as people read it in a transcript: <c>45s</c>, <c>2m</c>, <c>1m30s</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        var total = (long)Math.Round(duration.TotalSeconds);
        var (minutes, seconds) = (total / 60, total % 60);
        return minutes == 0 ? $"{seconds}s" : seconds == 0 ? $"{minutes}m" : $"{minutes}m{seconds}s";
    }

    private static long Part(Match match, string unit) =>
        match.Groups[unit].Success ? long.Parse(match.Groups[unit].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
}
