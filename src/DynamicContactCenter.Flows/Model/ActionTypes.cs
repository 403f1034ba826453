namespace DynamicContactCenter.Flows.Model;

/// <summary>Names of the action types that code outside their own executor refers to (the lint walk, the graph's tests, flow references).
/// Only names live here: which types are supported, and everything the flow language says about each, is the registry of executors
/// (<c>Execution.Actions.ActionExecutors</c>) and each executor's spec. A new type needs no constant here unless other code names it.</summary>
public static class ActionTypes
{
#pragma warning disable CS1591 // The constant names are the flow-language type names; each is documented in reference/flow-language.md §7.
    public const string MessageParticipant = nameof(MessageParticipant);
    public const string MessageParticipantIteratively = nameof(MessageParticipantIteratively);
    public const string GetParticipantInput = nameof(GetParticipantInput);
    public const string UpdateContactAttributes = nameof(UpdateContactAttributes);
    public const string UpdateFlowAttributes = nameof(UpdateFlowAttributes);
    public const string UpdateContactTextToSpeechVoice = nameof(UpdateContactTextToSpeechVoice);
    public const string UpdateContactData = nameof(UpdateContactData);
    public const string UpdateFlowLoggingBehavior = nameof(UpdateFlowLoggingBehavior);
    public const string UpdateContactRecordingBehavior = nameof(UpdateContactRecordingBehavior);
    public const string UpdateContactRecordingAndAnalyticsBehavior = nameof(UpdateContactRecordingAndAnalyticsBehavior);
    public const string InvokeLambdaFunction = nameof(InvokeLambdaFunction);
    public const string Compare = nameof(Compare);
    public const string CheckHoursOfOperation = nameof(CheckHoursOfOperation);
    public const string CheckMetricData = nameof(CheckMetricData);
    public const string GetMetricData = nameof(GetMetricData);
    public const string UpdateContactTargetQueue = nameof(UpdateContactTargetQueue);
    public const string TransferContactToQueue = nameof(TransferContactToQueue);
    public const string DequeueContactAndTransferToQueue = nameof(DequeueContactAndTransferToQueue);
    public const string TransferToFlow = nameof(TransferToFlow);
    public const string InvokeFlowModule = nameof(InvokeFlowModule);
    public const string EndFlowModuleExecution = nameof(EndFlowModuleExecution);
    public const string UpdateContactEventHooks = nameof(UpdateContactEventHooks);
    public const string DistributeByPercentage = nameof(DistributeByPercentage);
    public const string Loop = nameof(Loop);
    public const string Wait = nameof(Wait);
    public const string TransferParticipantToThirdParty = nameof(TransferParticipantToThirdParty);
    public const string CreateCallbackContact = nameof(CreateCallbackContact);
    public const string UpdateContactCallbackNumber = nameof(UpdateContactCallbackNumber);
    public const string UpdateContactRoutingBehavior = nameof(UpdateContactRoutingBehavior);
    public const string TagContact = nameof(TagContact);
    public const string EndFlowExecution = nameof(EndFlowExecution);
    public const string DisconnectParticipant = nameof(DisconnectParticipant);
#pragma warning restore CS1591
}
