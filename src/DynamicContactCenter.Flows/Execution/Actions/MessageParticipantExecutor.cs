using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Play prompt": speaks Text, SSML, a PromptId or Media with the current voice and language.</summary>
internal sealed class MessageParticipantExecutor : SyncExecutor
{
    public static MessageParticipantExecutor Instance { get; } = new();

    /// <summary>Polly's total limit per prompt (reference §8); over it the block takes its error branch.</summary>
    private const int MaxSpeechCharacters = 6000;

    protected override ActionOutcome Execute(CallContext c)
    {
        if (!ExecutorSupport.Speak(c, c.Action.Parameters.Raw, "Parameters."))
        {
            return ExecutorSupport.NothingToSpeak(c, c.Action.Parameters.Raw, "Parameters.", "Parameters.Text", "one of Text, SSML, PromptId or Media");
        }

        var spoken = (PromptSpokenEvent)c.Events[^1];
        if (spoken.Format is "text" or "ssml" && spoken.Text.Length > MaxSpeechCharacters)
        {
            return ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, FlowMessages.InvalidParameter.Code, "Parameters." + (spoken.Format == "ssml" ? "SSML" : "Text"),
                FlowMessages.InvalidParameter.Format, $"{spoken.Text.Length} characters", $"at most {MaxSpeechCharacters} characters of speech");
        }

        return ActionOutcome.Next;
    }
}
