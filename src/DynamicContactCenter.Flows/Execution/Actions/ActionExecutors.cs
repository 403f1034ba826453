using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>The one switch from action type to executor (the bind stage). Executors are stateless singletons.</summary>
internal static class ActionExecutors
{
    public static IActionExecutor? For(string type) => type switch
    {
        ActionTypes.MessageParticipant => MessageParticipantExecutor.Instance,
        ActionTypes.MessageParticipantIteratively => MessageParticipantIterativelyExecutor.Instance,
        ActionTypes.GetParticipantInput => GetParticipantInputExecutor.Instance,
        ActionTypes.UpdateContactAttributes => UpdateContactAttributesExecutor.Instance,
        ActionTypes.UpdateFlowAttributes => UpdateFlowAttributesExecutor.Instance,
        ActionTypes.UpdateContactTextToSpeechVoice => UpdateContactTextToSpeechVoiceExecutor.Instance,
        ActionTypes.UpdateContactData => UpdateContactDataExecutor.Instance,
        ActionTypes.UpdateFlowLoggingBehavior => UpdateFlowLoggingBehaviorExecutor.Instance,
        ActionTypes.UpdateContactRecordingBehavior => UpdateContactRecordingBehaviorExecutor.Instance,
        ActionTypes.UpdateContactRecordingAndAnalyticsBehavior => UpdateContactRecordingAndAnalyticsBehaviorExecutor.Instance,
        ActionTypes.InvokeLambdaFunction => InvokeLambdaFunctionExecutor.Instance,
        ActionTypes.Compare => CompareExecutor.Instance,
        ActionTypes.CheckHoursOfOperation => CheckHoursOfOperationExecutor.Instance,
        ActionTypes.CheckMetricData => CheckMetricDataExecutor.Instance,
        ActionTypes.GetMetricData => GetMetricDataExecutor.Instance,
        ActionTypes.UpdateContactTargetQueue => UpdateContactTargetQueueExecutor.Instance,
        ActionTypes.TransferContactToQueue => TransferContactToQueueExecutor.Instance,
        ActionTypes.DequeueContactAndTransferToQueue => DequeueContactAndTransferToQueueExecutor.Instance,
        ActionTypes.TransferToFlow => TransferToFlowExecutor.Instance,
        ActionTypes.InvokeFlowModule => InvokeFlowModuleExecutor.Instance,
        ActionTypes.EndFlowModuleExecution => EndFlowModuleExecutionExecutor.Instance,
        ActionTypes.UpdateContactEventHooks => UpdateContactEventHooksExecutor.Instance,
        ActionTypes.DistributeByPercentage => DistributeByPercentageExecutor.Instance,
        ActionTypes.Loop => LoopExecutor.Instance,
        ActionTypes.Wait => WaitExecutor.Instance,
        ActionTypes.TransferParticipantToThirdParty => TransferParticipantToThirdPartyExecutor.Instance,
        ActionTypes.CreateCallbackContact => CreateCallbackContactExecutor.Instance,
        ActionTypes.UpdateContactCallbackNumber => UpdateContactCallbackNumberExecutor.Instance,
        ActionTypes.UpdateContactRoutingBehavior => UpdateContactRoutingBehaviorExecutor.Instance,
        ActionTypes.TagContact => TagContactExecutor.Instance,
        ActionTypes.EndFlowExecution => EndFlowExecutionExecutor.Instance,
        ActionTypes.DisconnectParticipant => DisconnectParticipantExecutor.Instance,
        _ => null,
    };
}
