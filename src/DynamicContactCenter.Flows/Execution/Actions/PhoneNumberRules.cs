using System.Text.Json;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>Phone-number checks for stored input and callback numbers.</summary>
internal static class PhoneNumberRules
{
    private static readonly Dictionary<string, (string Prefix, int Digits)> Countries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = ("1", 10),
        ["CA"] = ("1", 10),
        ["MX"] = ("52", 10),
        ["GB"] = ("44", 10),
        ["FR"] = ("33", 9),
        ["ES"] = ("34", 9),
        ["DE"] = ("49", 10),
        ["AU"] = ("61", 9),
    };

    /// <summary>E.164: a plus and 8 to 15 digits.</summary>
    public static bool IsE164(string number) =>
        number.Length is >= 9 and <= 16 && number[0] == '+' && number.Skip(1).All(char.IsAsciiDigit);

    /// <summary>The number in E.164 when it passes the PhoneNumberValidation settings, else null.</summary>
    public static string? Validate(string digits, JsonElement settings)
    {
        if (!digits.All(char.IsAsciiDigit)) return null;
        var format = ParameterReader.Find(settings, "NumberFormat")?.GetString() ?? "Local";
        if (string.Equals(format, "E164", StringComparison.OrdinalIgnoreCase)) return IsE164("+" + digits) ? "+" + digits : null;
        var country = ParameterReader.Find(settings, "CountryCode")?.GetString() ?? "US";
        if (!Countries.TryGetValue(country, out var rule)) return digits.Length is >= 6 and <= 14 ? digits : null;
        var national = digits.TrimStart('0');
        return national.Length == rule.Digits ? $"+{rule.Prefix}{national}" : null;
    }
}
