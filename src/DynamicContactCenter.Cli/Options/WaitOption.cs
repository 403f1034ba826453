using System.CommandLine;
using DynamicContactCenter.Flows.Execution.Queueing;

namespace DynamicContactCenter.Cli.Options;

/// <summary><c>--wait</c>: how long a queued caller waits, read by <see cref="WaitDurationParser"/> while the command line is parsed.
/// Without it the call ends when it is queued, as before hook flows ran.</summary>
internal static class WaitOption
{
    public static Option<TimeSpan?> Create() => Create("--wait",
        "When the call is queued, wait this long (e.g. 90s, 2m, 1m30s): the customer queue flow plays on a virtual clock until " +
        "an agent answers (the queue's answerAfter, if an agent is available) or the caller hangs up (outcome abandoned).");

    /// <summary><c>--hold</c>: after an agent answers (with <c>--wait</c>), how long the agent puts the caller on hold.</summary>
    public static Option<TimeSpan?> Hold() => Create("--hold",
        "With --wait, after an agent answers and the whispers end, the agent puts the caller on hold this long (e.g. 30s): the CustomerHold " +
        "and AgentHold flows set by UpdateContactEventHooks play on the virtual clock. Then the agent leaves and the CustomerRemaining flow runs.");

    /// <summary>A duration option named <paramref name="name"/>, read by the one duration rule.</summary>
    private static Option<TimeSpan?> Create(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "DURATION",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (WaitDurationParser.TryParse(text, out var wait)) return wait;
            OptionValueError.Add(result, CliMessages.InvalidWait, text, WaitDurationParser.Expected);
            return null;
        },
    };
}
