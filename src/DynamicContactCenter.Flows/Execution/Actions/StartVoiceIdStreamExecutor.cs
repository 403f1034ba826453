using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Model.FlowTypes;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Set Voice ID" (StartVoiceIdStream): no parameters; starts sending the caller's audio to Voice ID so that a later
/// CheckVoiceId has a result (API:flow-control-actions-startvoiceidstream). Voice only (chat and task take the error branch); not in
/// hold flows.</summary>
internal sealed class StartVoiceIdStreamExecutor : SyncExecutor
{
    private const string Type = "StartVoiceIdStream";

    public static StartVoiceIdStreamExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(Type) with { AllowedIn = Of(Inbound, Transfer, Queue, Whisper) };

    protected override ActionOutcome Execute(CallContext c)
    {
        if (VoiceChannel.Refuse(c, Type) is { } refused) return refused;
        c.VoiceIdStreaming = true;
        c.Emit(new VoiceIdStartedEvent(c.FlowName, c.Action.Id));
        return ActionOutcome.Next;
    }
}
