using System.Globalization;
using System.Text.RegularExpressions;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>The one rule for reading when a call happens, shared by <c>dcc call --at</c>, <c>dcc graph --at</c>,
/// <c>dcc config plan --at</c> and a scenario's <c>at:</c>: ISO-8601 with a UTC offset (or <c>Z</c>).</summary>
/// <remarks>A time without an offset is refused rather than read as UTC (which made a 10:00 Eastern call come out closed,
/// issue 14) or in "the instance's" time zone: every hours of operation of the instance model carries its own zone, so a bare
/// 10:00 has no single meaning, and a scenario must mean the same on every machine.</remarks>
public static partial class CallTimeParser
{
    /// <summary>What a valid value looks like, for messages and help.</summary>
    public const string Expected = "an ISO-8601 time with an offset, e.g. 2026-11-24T10:00-05:00 or 2026-11-24T15:00Z";

    /// <summary>What is missing when the time parses but has no offset.</summary>
    public const string MissingOffset = "an offset, e.g. 2026-11-24T10:00-05:00 (a time without one has no single meaning: each hours of operation has its own time zone)";

    // The offset must follow a time of day: a date alone ("2026-11-24") ends in "-24", which is not an offset.
    [GeneratedRegex(@"[T ]\d{2}(:\d{2}){0,2}(\.\d+)?\s*(Z|[+-]\d{2}(:?\d{2})?)\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OffsetSuffix();

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="expected"/> says what a valid value needs.</summary>
    public static bool TryParse(string? text, out DateTimeOffset at, out string expected)
    {
        var trimmed = (text ?? "").Trim();
        // DateTimeStyles.None: with no offset in the text .NET would assume the machine's zone; the suffix check refuses that first.
        if (!DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out at))
        {
            expected = Expected;
            return false;
        }

        if (!OffsetSuffix().IsMatch(trimmed))
        {
            at = default;
            expected = MissingOffset;
            return false;
        }

        expected = "";
        return true;
    }
}
