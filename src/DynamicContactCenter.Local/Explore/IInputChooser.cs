namespace DynamicContactCenter.Local.Explore;

/// <summary>Picks inputs for one kind of decision so that a call leaves an action by a branch it has not taken yet: keys for a menu,
/// a time for hours, agent states for staffing, a mock's answer for a Lambda function or a compared attribute. A new kind of input
/// (an intent for a Lex bot) is one more chooser in <see cref="InputChoosers.All"/>; the explorer does not change.</summary>
public interface IInputChooser
{
    /// <summary>True when this chooser decides branches of <paramref name="actionType"/> actions.</summary>
    bool Decides(string actionType);

    /// <summary>Calls that may leave <paramref name="point"/>'s action by <paramref name="branch"/>, most likely first; the explorer plays
    /// them until one does. Empty when this chooser has nothing for that branch.</summary>
    IEnumerable<ExploreCandidate> Candidates(ChoicePoint point, string branch);
}
