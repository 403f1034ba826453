using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Model.FlowTypes;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Start / Stop media streaming" (UpdateContactMediaStreamingBehavior): <c>MediaStreamingState</c> Enabled or Disabled,
/// <c>MediaStreamType</c> Audio, <c>Participants</c> [{ParticipantType: Customer, MediaDirections: [From, To]}], all static (API:
/// contact-actions-updatecontactmediastreamingbehavior). Voice only: on another channel it takes NoMatchingError. Not in hold flows.
/// The transcript says "media streaming started" or "stopped" with who is streamed which way.</summary>
internal sealed class UpdateContactMediaStreamingBehaviorExecutor : SyncExecutor
{
    private const string Type = "UpdateContactMediaStreamingBehavior";
    private const string ParticipantsField = "Parameters.Participants";
    private const string ExpectedParticipants = "a list of {ParticipantType: Customer, MediaDirections: [From and/or To]}";
    private static readonly string[] Directions = ["From", "To"];

    public static UpdateContactMediaStreamingBehaviorExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(Type) with
    {
        AllowedIn = Of(Inbound, Queue, Transfer, Whisper),
        Parameters = [ParameterSpec.OneOf("MediaStreamingState", true, "Enabled", "Disabled"), ParameterSpec.OneOf("MediaStreamType", false, "Audio")],
        CrossParameterProblems = ParticipantProblems,
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        var p = c.Action.Parameters;
        var state = p.Text("MediaStreamingState");
        if (state is not ("Enabled" or "Disabled"))
        {
            return state is null
                ? ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters.MediaStreamingState", FlowMessages.MissingParameter.Format, "Enabled or Disabled")
                : ExecutorSupport.Stop(c, FlowMessages.InvalidParameter.Code, "Parameters.MediaStreamingState", FlowMessages.InvalidParameter.Format, state, "Enabled or Disabled");
        }

        if (ParticipantProblems(p.Raw).Any())
        {
            return ExecutorSupport.Stop(c, FlowMessages.InvalidParameter.Code, ParticipantsField, FlowMessages.InvalidParameter.Format,
                p.Element("Participants")?.GetRawText() ?? "(missing)", ExpectedParticipants);
        }

        if (VoiceChannel.Refuse(c, Type) is { } refused) return refused;
        var participants = p.Element("Participants") is { } list
            ? string.Join("; ", list.EnumerateArray().Select(Describe))
            : "all participants";
        c.Emit(new MediaStreamingEvent(c.FlowName, c.Action.Id, state == "Enabled", participants));
        return ActionOutcome.Next;
    }

    private static string Describe(JsonElement participant) =>
        $"{ParameterReader.Find(participant, "ParticipantType")?.GetString()}: {string.Join(", ", ParameterReader.Find(participant, "MediaDirections")!.Value.EnumerateArray().Select(d => d.GetString()))}";

    // Participants may be left out when streaming stops (it stops for everyone); when present, each entry must be the documented shape.
    private static IEnumerable<(string Field, string Expected)> ParticipantProblems(JsonElement parameters)
    {
        var list = ParameterReader.Find(parameters, "Participants");
        if (list is null)
        {
            if (ParameterReader.Find(parameters, "MediaStreamingState") is { ValueKind: JsonValueKind.String } s && s.GetString() == "Enabled")
            {
                yield return (ParticipantsField, ExpectedParticipants);
            }

            yield break;
        }

        if (list.Value.ValueKind != JsonValueKind.Array || list.Value.GetArrayLength() == 0 || !list.Value.EnumerateArray().All(IsParticipant))
        {
            yield return (ParticipantsField, ExpectedParticipants);
        }
    }

    private static bool IsParticipant(JsonElement participant) =>
        participant.ValueKind == JsonValueKind.Object
        && ParameterReader.Find(participant, "ParticipantType") is { ValueKind: JsonValueKind.String } type && type.GetString() == "Customer"
        && ParameterReader.Find(participant, "MediaDirections") is { ValueKind: JsonValueKind.Array } directions && directions.GetArrayLength() > 0
        && directions.EnumerateArray().All(d => d.ValueKind == JsonValueKind.String && Directions.Contains(d.GetString(), StringComparer.Ordinal));
}
