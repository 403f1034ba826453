using System.Globalization;

namespace DynamicContactCenter.Functions;

/// <summary>
/// The one rule for echoing caller-controlled text (attribute values, keys, error messages quoting them) into a log line,
/// stderr or an error payload: bounded, with a visible marker saying how much was cut. CloudWatch Logs cuts an event at
/// 256 KB and Lambda an error payload near it; a 600,000-character attribute must neither make a 600 KB line nor be cut
/// silently.
/// </summary>
internal static class LoggedText
{
    /// <summary>The default longest value kept whole: long enough for any real prompt, ARN or message.</summary>
    public const int DefaultMaxChars = 2048;

    /// <summary>The longest whole message written as one line (an init error listing many problems): a quarter of
    /// CloudWatch's 256 KB even if every character took three UTF-8 bytes.</summary>
    public const int MaxLineChars = 16 * 1024;

    /// <summary><paramref name="value"/> itself when it fits, else its first <paramref name="maxChars"/> characters and
    /// <c>…[+N chars]</c>; never splits a surrogate pair (a lone half would make the JSON writer throw).</summary>
    public static string Cap(string value, int maxChars = DefaultMaxChars)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= maxChars)
        {
            return value;
        }

        var keep = maxChars;
        if (keep > 0 && char.IsHighSurrogate(value[keep - 1]))
        {
            keep--;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{value.AsSpan(0, keep)}…[+{value.Length - keep} chars]");
    }
}
