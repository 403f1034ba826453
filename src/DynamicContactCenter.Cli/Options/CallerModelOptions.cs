using System.Collections.Immutable;
using System.CommandLine;
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
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (CallRequest.TryParsePatience(text, out var patience)) return patience;
            OptionValueError.Add(result, CliMessages.InvalidPatience, text, CallRequest.PatienceExpected);
            return CallRequest.DefaultPatience;
        },
    };

    public static Option<string> Channel() => new("--channel")
    {
        Description = $"The contact's channel ($.Channel): {ContactChannel.Expected} (default VOICE).",
        HelpName = "CHANNEL",
        DefaultValueFactory = _ => ContactChannel.Voice,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (ContactChannel.TryParse(text, out var channel)) return channel;
            OptionValueError.Add(result, CliMessages.InvalidChannel, text, ContactChannel.Expected);
            return ContactChannel.Voice;
        },
    };
}
