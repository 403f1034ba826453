using System.Globalization;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>The caller model's patience (<see cref="CallRequest.Patience"/>), shared by the blocks that wait for the caller
/// (GetParticipantInput, ConnectParticipantWithLexBot). A prompt is unanswered when the caller gives nothing before the time limit, or
/// gives a key or intent the block has no condition for; an answer resets the count. After <c>Patience</c> unanswered prompts in a row
/// the caller hangs up when the next prompt starts, so a flow that gives up by itself after its own retries (say goodbye and disconnect
/// after the third) still ends as designed, and only a menu that re-prompts forever ends abandoned.</summary>
internal static class CallerPatience
{
    /// <summary>The caller hangs up instead of listening to this block's prompt, or null when they still listen.</summary>
    public static ActionOutcome? HangsUp(CallContext c)
    {
        var patience = c.Request.Patience;
        if (patience <= 0 || c.UnansweredPrompts < patience) return null;
        return new ActionOutcome.AbandonedOutcome(string.Format(CultureInfo.InvariantCulture,
            "the caller hung up at '{0}': {1} prompts in a row went unanswered (patience {2})", c.Action.Id, c.UnansweredPrompts, patience));
    }

    /// <summary>Counts the block's result: <paramref name="value"/> is answered when a condition (or a conditionless NextAction) takes
    /// it; null (a timeout) and NoMatchingCondition are not.</summary>
    public static void Heard(CallContext c, string? value)
    {
        var answered = value is not null
            && TransitionChoice.ForResult(c.Action.Action.Transitions, value) is { Label: not Model.ErrorTypes.NoMatchingCondition };
        c.UnansweredPrompts = answered ? 0 : c.UnansweredPrompts + 1;
    }
}
