using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Call phone number" (CompleteOutboundCall): in an outbound whisper flow, dials the customer of the outbound contact
/// (<c>$.CustomerEndpoint.Address</c>), presenting <c>CallerId.Number</c> (static or a single reference) when given, else the queue's
/// outbound caller ID. The action page documents no results and no errors (API:contact-actions-completeoutboundcall), so it always goes
/// on to NextAction; the Voice Connector variant is dialled the same way.</summary>
internal sealed class CompleteOutboundCallExecutor : SyncExecutor
{
    public static CompleteOutboundCallExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.NeverFails("CompleteOutboundCall") with { AllowedIn = ["OUTBOUND_WHISPER"] };

    protected override ActionOutcome Execute(CallContext c)
    {
        var callerId = c.Action.Parameters.Object("CallerId") is { } caller && ParameterReader.Find(caller, "Number") is { } number
            ? c.ResolveValue(Parsing.FlowDocumentReader.ScalarText(number), "Parameters.CallerId.Number", out _)
            : null;
        c.Emit(new OutboundDialEvent(c.FlowName, c.Action.Id, c.Request.CallerNumber, callerId));
        return ActionOutcome.Next;
    }
}
