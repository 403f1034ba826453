using System.Globalization;
using System.Text.RegularExpressions;

namespace DynamicContactCenter.Cli.Commands;

/// <summary>The bounds <c>dcc explore</c> takes: <c>--max-paths N</c> and <c>--time-limit 30s</c>.</summary>
internal static partial class ExploreBounds
{
    public const string PathsExpected = "a whole number of calls from 1 to 100000";
    public const string TimeExpected = "a duration such as 30s, 2m or 500ms (a bare number is seconds), at most 1h";

    /// <summary>The number of paths, or null when <paramref name="text"/> is not one.</summary>
    public static int? Paths(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 100_000 ? n : null;

    /// <summary>The duration, or null when <paramref name="text"/> is not one.</summary>
    public static TimeSpan? Time(string text)
    {
        if (Duration().Match(text.Trim()) is not { Success: true } m) return null;
        var amount = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var time = m.Groups[2].Value switch
        {
            "ms" => TimeSpan.FromMilliseconds(amount),
            "m" => TimeSpan.FromMinutes(amount),
            "h" => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromSeconds(amount),
        };
        return time > TimeSpan.Zero && time <= TimeSpan.FromHours(1) ? time : null;
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)(ms|s|m|h)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Duration();
}
