using System.CommandLine;
using DynamicContactCenter.Flows.Execution;

namespace DynamicContactCenter.Cli.Options;

/// <summary><c>--at</c>: when a simulated call happens, read by <see cref="CallTimeParser"/> while the command line is parsed; "now" on
/// the context's clock when not given.</summary>
internal static class CallTimeOption
{
    /// <summary>The option, its description starting with <paramref name="describedAs"/> (e.g. "With --preview: when the calls happen").</summary>
    public static Option<DateTimeOffset> Create(CliContext context, string describedAs) => new("--at")
    {
        Description = $"{describedAs}, ISO-8601 with an offset, e.g. 2026-11-24T10:00-05:00 (default: now). A time without an offset is an error: " +
            "each hours of operation has its own time zone.",
        DefaultValueFactory = _ => context.Clock.GetLocalNow(),
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (CallTimeParser.TryParse(text, out var at, out var expected)) return at;
            OptionValueError.Add(result, CliMessages.InvalidCallTimeCode, text, expected);
            return default;
        },
    };
}
