using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Local.Explore;

/// <summary>ConnectParticipantWithLexBot: what the caller says. The call keeps what it said at earlier Lex turns (read back from its
/// transcript) and then says the condition's intent name (a modelled bot matches it against its sample utterances; the stub bot echoes
/// it as the intent, issue #12 item 2), words no condition takes (NoMatchingCondition), or nothing (the time limit).</summary>
internal sealed class LexIntentChooser : IInputChooser
{
    /// <summary>What the caller says to leave by NoMatchingCondition: no intent of any real flow is named like this.</summary>
    public const string NoIntentUtterance = "dcc explore: words no intent takes";

    // The executor names its type as this literal (ActionTypes has no constant for it), so the chooser does too.
    public bool Decides(string actionType) => actionType == "ConnectParticipantWithLexBot";

    public IEnumerable<ExploreCandidate> Candidates(ChoicePoint point, string branch)
    {
        var said = point.Before.OfType<LexTurnEvent>().Where(t => !t.TimedOut).Select(t => t.Utterance).ToList();
        if (point.Condition(branch) is { Operands: [{ Length: > 0 } intent, ..] }) yield return Say(point, said, intent, $"says \"{intent}\"");
        if (branch == ErrorTypes.NoMatchingCondition || (branch == TransitionChoice.NextAction && point.Action.Transitions.Conditions.IsEmpty))
        {
            yield return Say(point, said, NoIntentUtterance, "says words no intent takes");
        }

        // Saying nothing: the block times out (InputTimeLimitExceeded, or NoMatchingError when only that is wired).
        if (branch is ErrorTypes.InputTimeLimitExceeded or ErrorTypes.NoMatchingError) yield return new(point.Call with { Utterances = [.. said] }, "says nothing");
    }

    private static ExploreCandidate Say(ChoicePoint point, List<string> said, string utterance, string choice) =>
        new(point.Call with { Utterances = [.. said, utterance] }, choice);
}
