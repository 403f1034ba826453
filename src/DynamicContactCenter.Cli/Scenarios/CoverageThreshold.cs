using System.Globalization;

namespace DynamicContactCenter.Cli.Scenarios;

/// <summary>The <c>--min-coverage PCT</c> value: a percentage of branches, 0 to 100, with or without a <c>%</c>.</summary>
internal static class CoverageThreshold
{
    /// <summary>What the option takes, for its error message.</summary>
    public const string Expected = "a percentage from 0 to 100, such as 80 or 92.5%";

    /// <summary>The percentage, or null when <paramref name="text"/> is not one.</summary>
    public static double? Parse(string text)
    {
        var number = text.Trim().TrimEnd('%');
        return double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100 ? value : null;
    }

    /// <summary>The percentage as given back to people: <c>80</c>, <c>92.5</c>.</summary>
    public static string Text(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
