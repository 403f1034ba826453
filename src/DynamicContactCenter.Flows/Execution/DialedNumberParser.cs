using DynamicContactCenter.Routing.Validation;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>The one rule for reading the number a simulated call dials, shared by <c>dcc call NUMBER</c>, <c>dcc graph --call</c>
/// and a scenario's <c>number:</c>: exactly E.164, as the DialedNumbers table keys it.</summary>
/// <remarks>Any other spelling (<c>14443331111</c>, <c>(444) 333-1111</c>) matches no row and would silently take the routing data's
/// <c>default</c> row (issue 14), so it is an error, not normalised: guessing a country code would route a call the user did not dial.</remarks>
public static class DialedNumberParser
{
    /// <summary>What a valid value looks like, for messages and help.</summary>
    public const string Expected = "an E.164 number: '+', country code and number, digits only, e.g. +14443331111 (any other form matches no " +
        "dialed number and would take the 'default' row)";

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="expected"/> says what a valid value is, with the E.164
    /// spelling of the same digits when they already start with a country code (<c>14443331111</c> → <c>+14443331111</c>).</summary>
    public static bool TryParse(string? text, out string number, out string expected)
    {
        number = text ?? "";
        if (RoutingRules.IsE164(number))
        {
            expected = "";
            return true;
        }

        var digits = new string(number.Where(char.IsAsciiDigit).ToArray());
        // Eleven digits or more can only be country code + national number; ten could be a national number of any country.
        expected = digits.Length >= 11 && RoutingRules.IsE164("+" + digits) ? $"{Expected}; did you mean +{digits}?" : Expected;
        return false;
    }
}
