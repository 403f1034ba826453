using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Set voice": static or dynamic voice (current docs). An unknown voice takes the error branch; exports never wire one,
/// so then the run stops with <c>DCC3306</c>.</summary>
internal sealed class UpdateContactTextToSpeechVoiceExecutor : SyncExecutor
{
    public static UpdateContactTextToSpeechVoiceExecutor Instance { get; } = new();

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
