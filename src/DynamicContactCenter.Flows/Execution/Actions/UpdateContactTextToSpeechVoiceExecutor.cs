using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Set voice": static or dynamic voice (current docs). An unknown voice takes the error branch; exports never wire one,
/// so then the run stops with <c>DCC3306</c>.</summary>
internal sealed class UpdateContactTextToSpeechVoiceExecutor : SyncExecutor
{
    public static UpdateContactTextToSpeechVoiceExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFailLeniently(ActionTypes.UpdateContactTextToSpeechVoice) with
    {
        // A static, known voice cannot fail: only a dynamic or invalid voice takes the error branch (reference §7, Set voice).
        CannotFail = a => ParameterStrings.Scalar(a.Parameters, "TextToSpeechVoice") is { } voice && !ParameterStrings.IsDynamic(voice)
            && VoiceCatalog.PollyVoices.Contains(voice),
        Parameters = [ParameterSpec.RequiredScalar("TextToSpeechVoice", "a Polly voice such as Joanna")],
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        var p = c.Action.Parameters;
        if (p.Text("TextToSpeechVoice") is not { } voiceText)
        {
            return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters.TextToSpeechVoice", FlowMessages.MissingParameter.Format, "a Polly voice name such as Joanna");
        }

        var voice = c.Interpolate(voiceText, "Parameters.TextToSpeechVoice").Trim();
        if (!c.Instance.Voices.TryGetValue(voice, out var canonical))
        {
            return ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, FlowMessages.UnknownVoice.Code, "Parameters.TextToSpeechVoice", FlowMessages.UnknownVoice.Format, voice);
        }

        var engine = p.Text("TextToSpeechEngine") is { } e ? c.Interpolate(e, "Parameters.TextToSpeechEngine") : null;
        var style = p.Text("TextToSpeechStyle") is { } s ? c.Interpolate(s, "Parameters.TextToSpeechStyle") : null;
        c.Voice = canonical;
        c.Emit(new VoiceSetEvent(c.FlowName, c.Action.Id, canonical, engine, style));
        return ActionOutcome.Next;
    }
}
