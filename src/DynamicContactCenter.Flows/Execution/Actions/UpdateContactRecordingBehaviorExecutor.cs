using System.Text.Json;
using DynamicContactCenter.Flows.Model;
using static DynamicContactCenter.Flows.Model.FlowTypes;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Set recording and analytics behavior" (legacy block): records who is recorded and whether analytics run. No errors.</summary>
internal sealed class UpdateContactRecordingBehaviorExecutor : SyncExecutor
{
    public static UpdateContactRecordingBehaviorExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.NeverFails(ActionTypes.UpdateContactRecordingBehavior) with
    {
        AllowedIn = Of(Inbound, Transfer, Queue, ["OUTBOUND_WHISPER"]),
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        var p = c.Action.Parameters;
        if (p.Object("RecordingBehavior") is { } recording)
        {
            var participants = ParameterReader.Find(recording, "RecordedParticipants") is { ValueKind: JsonValueKind.Array } list
                ? string.Join(",", list.EnumerateArray().Select(Parsing.FlowDocumentReader.ScalarText))
                : "";
            ExecutorSupport.Setting(c, "Recording", participants.Length == 0 ? "off" : participants);
            if (ParameterReader.Find(recording, "IVRRecordingBehavior") is { } ivr) ExecutorSupport.Setting(c, "IVRRecording", Parsing.FlowDocumentReader.ScalarText(ivr));
        }

        if (p.Object("AnalyticsBehavior") is { } analytics && ParameterReader.Find(analytics, "Enabled") is { } enabled)
        {
            ExecutorSupport.Setting(c, "Analytics", Parsing.FlowDocumentReader.ScalarText(enabled));
        }

        return ActionOutcome.Next;
    }
}
