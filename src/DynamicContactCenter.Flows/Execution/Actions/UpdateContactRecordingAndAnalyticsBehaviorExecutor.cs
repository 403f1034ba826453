using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>The newer recording block: exactly one of VoiceBehavior / ChatBehavior; the wrong one for the contact's channel takes
/// <c>ChannelMismatch</c> (reference §7, from FAC: Uncertain).</summary>
internal sealed class UpdateContactRecordingAndAnalyticsBehaviorExecutor : SyncExecutor
{
    public static UpdateContactRecordingAndAnalyticsBehaviorExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(ActionTypes.UpdateContactRecordingAndAnalyticsBehavior) with
    {
        OptionalErrors = [ErrorTypes.ChannelMismatch],
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        var p = c.Action.Parameters;
        var voice = p.Object("VoiceBehavior");
        var chat = p.Object("ChatBehavior");
        if (voice is null == chat is null)
        {
            return ExecutorSupport.Stop(c, FlowMessages.InvalidParameter.Code, "Parameters", FlowMessages.InvalidParameter.Format,
                voice is null ? "neither" : "both", "exactly one of VoiceBehavior or ChatBehavior");
        }

        var configured = voice is null ? "CHAT" : "VOICE";
        if (!string.Equals(configured, c.Channel, StringComparison.OrdinalIgnoreCase))
        {
            return new ActionOutcome.ErrorOutcome(ErrorTypes.ChannelMismatch, $"{configured} behavior on a {c.Channel} contact");
        }

        ExecutorSupport.Setting(c, "RecordingAndAnalytics", (voice ?? chat)!.Value.GetRawText());
        return ActionOutcome.Next;
    }
}
