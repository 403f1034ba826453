using System.Collections.Frozen;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>The registry of executors and the one list of supported action types: a type is supported exactly when an executor for it
/// is listed here, and each executor carries its <see cref="ActionSpec"/>. The parser, the bind stage, the lint rules, the graph and
/// docs/actions.md all read this list. Adding an action type = its executor file (behaviour and spec) plus one line here.
/// Executors are stateless singletons.</summary>
internal static class ActionExecutors
{
    /// <summary>Every executor, one per type (a second executor for a type fails the registry's start-up and ActionCatalogueTests).</summary>
    public static IReadOnlyList<IActionExecutor> All { get; } =
    [
        MessageParticipantExecutor.Instance, MessageParticipantIterativelyExecutor.Instance, GetParticipantInputExecutor.Instance,
        UpdateContactAttributesExecutor.Instance, UpdateFlowAttributesExecutor.Instance, UpdateContactTextToSpeechVoiceExecutor.Instance,
        UpdateContactDataExecutor.Instance, UpdateFlowLoggingBehaviorExecutor.Instance, UpdateContactRecordingBehaviorExecutor.Instance,
        UpdateContactRecordingAndAnalyticsBehaviorExecutor.Instance, InvokeLambdaFunctionExecutor.Instance, CompareExecutor.Instance,
        CheckHoursOfOperationExecutor.Instance, CheckMetricDataExecutor.Instance, GetMetricDataExecutor.Instance, UpdateContactTargetQueueExecutor.Instance,
        TransferContactToQueueExecutor.Instance, DequeueContactAndTransferToQueueExecutor.Instance, TransferToFlowExecutor.Instance,
        InvokeFlowModuleExecutor.Instance, EndFlowModuleExecutionExecutor.Instance, UpdateContactEventHooksExecutor.Instance,
        DistributeByPercentageExecutor.Instance, LoopExecutor.Instance, WaitExecutor.Instance, TransferParticipantToThirdPartyExecutor.Instance,
        CreateCallbackContactExecutor.Instance, UpdateContactCallbackNumberExecutor.Instance, UpdateContactRoutingBehaviorExecutor.Instance,
        TagContactExecutor.Instance, EndFlowExecutionExecutor.Instance, DisconnectParticipantExecutor.Instance,
        UpdateContactRoutingCriteriaExecutor.Instance,
        ConnectParticipantWithLexBotExecutor.Instance,
        GetCustomerProfileExecutor.Instance, CreateCustomerProfileExecutor.Instance, UpdateCustomerProfileExecutor.Instance,
        CreateCaseExecutor.Instance, GetCaseExecutor.Instance, UpdateCaseExecutor.Instance,
        TransferContactToAgentExecutor.Instance, UpdatePreviousContactParticipantStateExecutor.Instance, UpdateContactMediaStreamingBehaviorExecutor.Instance,
        UnTagContactExecutor.Instance, CompleteOutboundCallExecutor.Instance, StartVoiceIdStreamExecutor.Instance, CheckVoiceIdExecutor.Instance,
        CheckOutboundCallStatusExecutor.Instance, ShowViewExecutor.Instance, CreateTaskExecutor.Instance,
        CreateWisdomSessionExecutor.Instance, ResumeContactExecutor.Instance, StartOutboundChatContactExecutor.Instance,
        AssociateContactToCustomerProfileExecutor.Instance,
    ];

    private static readonly FrozenDictionary<string, IActionExecutor> ByType = All.ToFrozenDictionary(e => e.Spec.Type, StringComparer.Ordinal);

    /// <summary>The executor for <paramref name="type"/>, or null when the type is not supported.</summary>
    public static IActionExecutor? For(string type) => ByType.GetValueOrDefault(type);

    /// <summary>The spec of <paramref name="type"/>, or null when the type is not supported.</summary>
    public static ActionSpec? SpecFor(string type) => For(type)?.Spec;

    /// <summary>True when a call can run <paramref name="type"/>.</summary>
    public static bool IsSupported(string type) => ByType.ContainsKey(type);
}
