using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Graph;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Model.FlowTypes;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Transfer to phone number": the third party answers. ContinueFlowExecution False is a blind transfer that ends the flow;
/// True continues at NextAction after the third party hangs up. A number that is not E.164 takes CallFailed (or NoMatchingError).</summary>
internal sealed class TransferParticipantToThirdPartyExecutor : SyncExecutor
{
    public static TransferParticipantToThirdPartyExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(ActionTypes.TransferParticipantToThirdParty) with
    {
        OptionalErrors = [ErrorTypes.ConnectionTimeLimitExceeded, ErrorTypes.CallFailed],
        AllowedIn = Of(Inbound, Transfer, Queue),
        Parameters = [ParameterSpec.WholeNumber("ThirdPartyConnectionTimeLimitSeconds", 0, 600)],
        NodeKind = GraphNodeKind.Transfer,
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        if (c.Action.Parameters.Text("ThirdPartyPhoneNumber") is not { } text)
        {
            return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters.ThirdPartyPhoneNumber", FlowMessages.MissingParameter.Format, "an E.164 phone number");
        }

        var number = c.Interpolate(text, "Parameters.ThirdPartyPhoneNumber").Trim();
        var continueFlow = ExecutorSupport.ReadBool(c, "ContinueFlowExecution", true, out var failure);
        if (failure is not null) return failure;
        ExecutorSupport.ReadInt(c, "ThirdPartyConnectionTimeLimitSeconds", 0, 600, out failure);
        if (failure is not null) return failure;
        if (!PhoneNumberRules.IsE164(number))
        {
            return ExecutorSupport.Fail(c, continueFlow ? ErrorTypes.CallFailed : ErrorTypes.NoMatchingError, FlowMessages.InvalidParameter.Code,
                "Parameters.ThirdPartyPhoneNumber", FlowMessages.InvalidParameter.Format, number, "an E.164 phone number such as +15555550123");
        }

        c.Emit(new TransferEvent(c.FlowName, c.Action.Id, "thirdParty", number, null));
        return continueFlow ? ActionOutcome.Next : new ActionOutcome.EndOutcome($"transferred to {number}");
    }
}
