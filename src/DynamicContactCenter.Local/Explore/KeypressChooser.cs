using System.Text;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Local.Explore;

/// <summary>GetParticipantInput: the keys the caller presses. The call keeps the keys it pressed before the menu (read back from its
/// transcript) and then presses the condition's key, a key no condition takes (NoMatchingCondition), nothing (the time limit), or
/// for store mode some digits and <c>#</c>.</summary>
internal sealed class KeypressChooser : IInputChooser
{
    /// <summary>Keys a menu can take, in the order tried for "a key no condition takes".</summary>
    private const string Keys = "0123456789*#";

    public bool Decides(string actionType) => actionType == ActionTypes.GetParticipantInput;

    public IEnumerable<ExploreCandidate> Candidates(ChoicePoint point, string branch)
    {
        var before = Pressed(point.Before);
        if (point.Condition(branch) is { Operands: [{ Length: 1 } key, ..] }) yield return Press(point, before, key, $"keys \"{key}\"");
        if (branch == ErrorTypes.NoMatchingCondition)
        {
            var taken = point.Action.Transitions.Conditions.Select(c => c.Operands.IsDefaultOrEmpty ? "" : c.Operands[0]).ToHashSet(StringComparer.Ordinal);
            if (Keys.Select(k => k.ToString()).FirstOrDefault(k => !taken.Contains(k)) is { } other) yield return Press(point, before, other, $"keys \"{other}\" (no condition)");
        }

        if (branch is ErrorTypes.InputTimeLimitExceeded or ErrorTypes.NoMatchingError) yield return Press(point, before, ",", "no key (time limit)");
        if (branch == ErrorTypes.InvalidPhoneNumber) yield return Press(point, before, "1#", "keys \"1#\" (not a phone number)");
        // NextAction follows store mode, or a menu without conditions ("press any key"); a menu with conditions never takes it.
        if (branch == Flows.Execution.TransitionChoice.NextAction && point.Action.Transitions.Conditions.IsEmpty)
        {
            yield return Press(point, before, "1234#", "keys \"1234#\"");
        }
    }

    private static ExploreCandidate Press(ChoicePoint point, string before, string keys, string choice) =>
        new(point.Call with { Input = before + keys }, choice);

    /// <summary>The keys the call had pressed before the menu, as <see cref="Flows.Execution.CallRequest.InputDigits"/> writes them: a
    /// timeout is a pause (<c>,</c>), stored digits end with the default terminator.</summary>
    private static string Pressed(IEnumerable<TranscriptEvent> before)
    {
        var keys = new StringBuilder();
        foreach (var input in before.OfType<InputReceivedEvent>())
        {
            if (input.TimedOut) keys.Append(',');
            else keys.Append(input.Digits).Append(input.Stored ? "#" : "");
        }

        return keys.ToString();
    }
}
