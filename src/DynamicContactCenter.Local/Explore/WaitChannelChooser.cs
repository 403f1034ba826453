using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Local.Explore;

/// <summary>Wait: the contact's channel and whether the customer comes back. A voice contact takes Wait's error branch (reference: Wait
/// is for chat and tasks), so its other branches need a chat contact: WaitCompleted when the customer stays silent, CustomerReturned
/// when they have something left to say (<see cref="Flows.Execution.Actions"/>' WaitExecutor reads that from the caller model).</summary>
internal sealed class WaitChannelChooser : IInputChooser
{
    /// <summary>What a returning chat customer writes.</summary>
    public const string ReturningMessage = "I am back";

    public bool Decides(string actionType) => actionType == ActionTypes.Wait;

    public IEnumerable<ExploreCandidate> Candidates(ChoicePoint point, string branch)
    {
        var chat = point.Call with { Channel = ContactChannel.Chat };
        if (point.Condition(branch) is { Operands: ["WaitCompleted", ..] }) yield return new(chat, "a chat contact that stays silent");
        else if (point.Condition(branch) is { Operands: [_, ..] })
        {
            yield return new(chat with { Utterances = [.. point.Call.Utterances, ReturningMessage] }, "a chat customer who returns");
        }
        else if (branch is ErrorTypes.NoMatchingError) yield return new(point.Call with { Channel = ContactChannel.Voice }, "a voice contact");
    }
}
