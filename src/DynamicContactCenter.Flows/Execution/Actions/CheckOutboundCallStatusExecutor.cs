namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Check call progress" (CheckOutboundCallStatus): what answering-machine detection found on an outbound campaign call,
/// CallAnswered, VoicemailBeep, VoicemailNoBeep or NotDetected, with Equals conditions only (API:flow-control-actions-checkoutboundcallstatus).
/// The result is the call's <see cref="CallRequest.OutboundCallStatus"/> (default CallAnswered: a person picked up).</summary>
internal sealed class CheckOutboundCallStatusExecutor : SyncExecutor
{
    public static CheckOutboundCallStatusExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail("CheckOutboundCallStatus") with { Result = ResultSpec.EqualsOneOf([.. CallRequest.OutboundCallStatuses]) };

    protected override ActionOutcome Execute(CallContext c) =>
        new ActionOutcome.ResultOutcome(c.Request.OutboundCallStatus, "outbound call progress (answering-machine detection)");
}
