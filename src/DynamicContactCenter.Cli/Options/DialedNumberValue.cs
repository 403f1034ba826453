using System.CommandLine;
using System.CommandLine.Parsing;
using DynamicContactCenter.Flows.Execution;

namespace DynamicContactCenter.Cli.Options;

/// <summary>The dialed number of a simulated call (<c>dcc call NUMBER</c>, <c>dcc graph --call NUMBER</c>), read by
/// <see cref="DialedNumberParser"/> while the command line is parsed: exactly E.164, never the <c>default</c> row by accident.</summary>
internal static class DialedNumberValue
{
    /// <summary>What a valid number is, for descriptions.</summary>
    public const string Description = "The dialed number, exactly E.164, e.g. +14443331111.";

    /// <summary>The <c>NUMBER</c> argument of <c>dcc call</c>.</summary>
    public static Argument<string> Argument() => new("number") { Description = Description, CustomParser = Parse };

    /// <summary>An option taking the number, e.g. <c>dcc graph --call</c>.</summary>
    public static Option<string?> Option(string name, string description) => new(name) { Description = description, HelpName = "NUMBER", CustomParser = Parse };

    private static string Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (DialedNumberParser.TryParse(text, out var number, out var expected)) return number;
        OptionValueError.Add(result, CliMessages.InvalidDialedNumber, text, expected);
        return text;
    }
}
