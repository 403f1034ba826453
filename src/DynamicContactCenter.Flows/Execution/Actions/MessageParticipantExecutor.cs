using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Model.FlowTypes;

using DynamicContactCenter.Flows.Lint;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Play prompt": speaks Text, SSML, a PromptId or Media with the current voice and language.</summary>
internal sealed class MessageParticipantExecutor : SyncExecutor
{
    public static MessageParticipantExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFailLeniently(ActionTypes.MessageParticipant) with
    {
        // Real exports often write no Errors on prompts (the service accepts it), so a missing branch is a warning.
        AllowedIn = Of(Inbound, Transfer, Queue, Whisper),
        CrossParameterProblems = PromptSourceProblems,
    };

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

    /// <summary>Exactly one prompt source, of its JSON type: the same check the interpreter makes (ExecutorSupport.NothingToSpeak),
    /// so a Text that is a number fails lint as it would fail every call.</summary>
    private static IEnumerable<(string Field, string Expected)> PromptSourceProblems(JsonElement p)
    {
        string[] sources = ["Text", "SSML", "PromptId", "Media"];
        if (sources.Count(s => ParameterStrings.TryGet(p, s, out _)) != 1) yield return ("Parameters", "exactly one of Text, SSML, PromptId or Media");
        foreach (var source in sources.Where(s => ParameterStrings.TryGet(p, s, out var v) && v.ValueKind != (s == "Media" ? JsonValueKind.Object : JsonValueKind.String)))
        {
            yield return ($"Parameters.{source}", source == "Media" ? "an object with a Uri string" : "a string");
        }
    }
}
