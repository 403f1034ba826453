using System.CommandLine;
using DynamicContactCenter.Flows.Execution;

namespace DynamicContactCenter.Cli.Options;

/// <summary><c>--at</c>: when a simulated call happens, read by <see cref="CallTimeParser"/> while the command line is parsed; "now" on
/// the context's clock when not given (<see cref="Read"/>).</summary>
internal static class CallTimeOption
{
    /// <summary>The option, its description starting with <paramref name="describedAs"/> (e.g. "With --preview: when the calls happen").</summary>
    /// <remarks>No DefaultValueFactory: help would print the current time as the default, different on every run.</remarks>
    public static Option<DateTimeOffset?> Create(string describedAs) => new("--at")
    {
        Description = $"{describedAs}, ISO-8601 with an offset, e.g. 2026-11-24T10:00-05:00 (default: now). A time without an offset is an error: " +
            "each hours of operation has its own time zone.",
        HelpName = "TIME",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (CallTimeParser.TryParse(text, out var at, out var expected)) return at;
            OptionValueError.Add(result, CliMessages.InvalidCallTime, text, expected);
            return null;
        },
    };

    /// <summary>The time given, else now on <see cref="CliContext.Clock"/>.</summary>
    public static DateTimeOffset Read(ParseResult parseResult, Option<DateTimeOffset?> option, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(context);
        return parseResult.GetValue(option) ?? context.Clock.GetLocalNow();
    }
}
