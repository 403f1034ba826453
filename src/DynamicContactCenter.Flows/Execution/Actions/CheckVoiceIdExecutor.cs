using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;
using static DynamicContactCenter.Flows.Model.FlowTypes;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Check Voice ID" (CheckVoiceId): <c>CheckVoiceIdOption</c> enrollmentStatus, voiceAuthentication or fraudDetection
/// (API:flow-control-actions-checkvoiceid). The result comes from the call's model: <see cref="CallRequest.VoiceIdResult"/> (default
/// NotEnrolled, since a simulated caller has no voiceprint) for authentication, the same read as Enrolled / NotEnrolled / OptedOut for
/// the enrollment status, and <see cref="CallRequest.VoiceIdFraudRisk"/> (default LowRisk: no simulated caller is on a watchlist) for
/// fraud detection. Needs a StartVoiceIdStream earlier in the contact ("The Set Voice ID block needs to be set in the flow before this
/// one"); without it the block takes NoMatchingError (DCC3332). Voice only.</summary>
internal sealed class CheckVoiceIdExecutor : SyncExecutor
{
    private const string Type = "CheckVoiceId";
    private const string Option = "CheckVoiceIdOption";

    public static CheckVoiceIdExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(Type) with
    {
        AllowedIn = Of(Inbound, Transfer, Queue, Whisper),
        Parameters = [ParameterSpec.OneOf(Option, false, "enrollmentStatus", "voiceAuthentication", "fraudDetection")],
        Result = ResultSpec.EqualsOneOf([.. CallRequest.VoiceIdResults, "Enrolled", "HighRisk", "LowRisk"]),
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        if (VoiceChannel.Refuse(c, Type) is { } refused) return refused;
        if (!c.VoiceIdStreaming)
        {
            return ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, ActionMessages.VoiceIdNotStarted.Code, "Type", ActionMessages.VoiceIdNotStarted.Format);
        }

        // The option defaults to voice authentication, the block's most common use, when an export leaves it out.
        var option = c.Action.Parameters.Text(Option) ?? "voiceAuthentication";
        var authentication = c.Request.VoiceIdResult;
        var result = option switch
        {
            "enrollmentStatus" => authentication is "NotEnrolled" or "OptedOut" ? authentication : "Enrolled",
            "fraudDetection" => c.Request.VoiceIdFraudRisk,
            _ => authentication,
        };
        return new ActionOutcome.ResultOutcome(result, $"Voice ID {option}");
    }
}
