using System.Collections.Frozen;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Routing.Diagnostics;
using static DynamicContactCenter.Flows.Lint.FlowTypes;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>What the flow language says about one action type (reference/flow-language.md §7): the errors it can raise and must wire,
/// whether it produces a result that conditions test, and the flow types it is allowed in.</summary>
/// <param name="Type">The action type.</param>
/// <param name="RequiredErrors">Error types that must each be wired; empty when the action cannot fail.</param>
/// <param name="MissingErrorSeverity">How bad a missing error branch is: a warning where real exports commonly omit it.</param>
/// <param name="HasResult">True when the action produces a result that Conditions test.</param>
/// <param name="AllowedIn">The flow types it is allowed in; null when allowed everywhere.</param>
internal sealed record ActionSpec(string Type, string[] RequiredErrors, Severity MissingErrorSeverity, bool HasResult, string[]? AllowedIn)
{
    private static readonly string[] NoMatchingError = [ErrorTypes.NoMatchingError];

    private static ActionSpec Can(string type, string[]? allowedIn = null, bool result = false) => new(type, NoMatchingError, Severity.Error, result, allowedIn);

    private static ActionSpec Lenient(string type, string[]? allowedIn = null) => new(type, NoMatchingError, Severity.Warning, false, allowedIn);

    private static ActionSpec Never(string type, string[]? allowedIn = null, bool result = false) => new(type, [], Severity.Error, result, allowedIn);

    /// <summary>The specs by type; an unknown type has none.</summary>
    public static FrozenDictionary<string, ActionSpec> ByType { get; } = new[]
    {
        // Real exports often write no Errors on these (the service accepts it), so a missing branch is a warning.
        Lenient(ActionTypes.MessageParticipant, Of(Inbound, Transfer, Queue, Whisper)),
        Lenient(ActionTypes.UpdateContactTextToSpeechVoice),
        Lenient(ActionTypes.UpdateFlowAttributes),
        new ActionSpec(ActionTypes.MessageParticipantIteratively, NoMatchingError, Severity.Warning, true, Of(Queue, Hold)),
        Can(ActionTypes.GetParticipantInput, Of(Inbound, Transfer, Queue), result: true),
        Can(ActionTypes.UpdateContactAttributes),
        Can(ActionTypes.UpdateContactData),
        Can(ActionTypes.InvokeLambdaFunction),
        Can(ActionTypes.CheckHoursOfOperation, Of(Inbound, Transfer, Queue), result: true),
        Can(ActionTypes.CheckMetricData, result: true),
        Can(ActionTypes.GetMetricData),
        Can(ActionTypes.UpdateContactTargetQueue, Of(Inbound, Transfer)),
        Can(ActionTypes.TransferContactToQueue, Of(Inbound, Transfer)),
        Can(ActionTypes.DequeueContactAndTransferToQueue, Of(Queue)),
        Can(ActionTypes.TransferToFlow, Of(Inbound, Transfer)),
        Can(ActionTypes.InvokeFlowModule, Of(Inbound)),
        Can(ActionTypes.UpdateContactEventHooks),
        Can(ActionTypes.Wait, result: true),
        Can(ActionTypes.TransferParticipantToThirdParty, Of(Inbound, Transfer, Queue)),
        Can(ActionTypes.CreateCallbackContact),
        Can(ActionTypes.TagContact),
        Can(ActionTypes.UpdateContactRecordingAndAnalyticsBehavior),
        new ActionSpec(ActionTypes.UpdateContactCallbackNumber, [ErrorTypes.InvalidCallbackNumber, ErrorTypes.CallbackNumberNotDialable], Severity.Error, false, null),
        Never(ActionTypes.UpdateFlowLoggingBehavior),
        Never(ActionTypes.UpdateContactRecordingBehavior, Of(Inbound, Transfer, Queue, ["OUTBOUND_WHISPER"])),
        Never(ActionTypes.UpdateContactRoutingBehavior, Of(Inbound, Transfer)),
        Never(ActionTypes.Compare, result: true),
        Never(ActionTypes.DistributeByPercentage, result: true),
        Never(ActionTypes.Loop, result: true),
        Never(ActionTypes.EndFlowExecution, Of(Whisper, Queue)),
        Never(ActionTypes.EndFlowModuleExecution),
        Never(ActionTypes.DisconnectParticipant),
    }.ToFrozenDictionary(s => s.Type, StringComparer.Ordinal);
}
