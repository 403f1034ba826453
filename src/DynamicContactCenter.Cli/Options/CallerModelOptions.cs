using System.Collections.Immutable;
using System.CommandLine;
using System.CommandLine.Parsing;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Flows.Execution;

namespace DynamicContactCenter.Cli.Options;

/// <summary>The caller model's options of a simulated call (issue #12 item 2), checked while the command line is parsed:
/// <c>--say</c> (what the caller says, one per Lex turn; digits stay <c>--input</c>), <c>--patience</c> and <c>--channel</c>.</summary>
internal static class CallerModelOptions
{
    public static Option<ImmutableArray<string>> Say() => new("--say")
    {
        Description = "What the caller says to a Lex bot, one utterance per Lex turn in order (repeat: --say billing --say yes). " +
            "With none left the caller is silent and the bot times out.",
        HelpName = "WORDS",
        Arity = ArgumentArity.OneOrMore,
        DefaultValueFactory = _ => [],
        CustomParser = result => [.. result.Tokens.Select(t => t.Value)],
    };

    public static Option<int> Patience() => new("--patience")
    {
        Description = $"How many prompts in a row the caller lets go unanswered (a timeout, or a key or intent with no branch) before hanging " +
            $"up at the next one: the call ends abandoned. 0 = never hangs up (default {CallRequest.DefaultPatience}).",
        HelpName = "N",
        DefaultValueFactory = _ => CallRequest.DefaultPatience,
        CustomParser = result => Parse(result, CallRequest.TryParsePatience, CliMessages.InvalidPatience, CallRequest.PatienceExpected, CallRequest.DefaultPatience),
    };

    public static Option<string> Channel() => new("--channel")
    {
        Description = $"The contact's channel ($.Channel): {ContactChannel.Expected} (default VOICE).",
        HelpName = "CHANNEL",
        DefaultValueFactory = _ => ContactChannel.Voice,
        CustomParser = result => Parse(result, ContactChannel.TryParse, CliMessages.InvalidChannel, ContactChannel.Expected, ContactChannel.Voice),
    };

    private delegate bool TryParse<T>(string text, out T value);

    /// <summary>The last value given, read by the library's rule; a value it refuses is a parse error naming option, value and
    /// <paramref name="expected"/> (exit 2 before anything runs).</summary>
    private static T Parse<T>(ArgumentResult result, TryParse<T> tryParse, DiagnosticDescriptor refused, string expected, T fallback)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (tryParse(text, out var value)) return value;
        OptionValueError.Add(result, refused, text, expected);
        return fallback;
    }
}
