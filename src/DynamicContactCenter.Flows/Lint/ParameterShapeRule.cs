using System.Text.Json;
using DynamicContactCenter.Flows.Expressions;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5010: each action has the parameters its type requires, in the documented shape (reference §7): one prompt source on
/// MessageParticipant, a function on InvokeLambdaFunction with string attributes, a single JSONPath on Compare, a queue or agent on
/// UpdateContactTargetQueue, a known MetricType, StoreInput with InputValidation, and so on.</summary>
internal sealed class ParameterShapeRule : IFlowRule
{
    private static readonly string[] PromptSources = ["Text", "SSML", "PromptId", "Media"];
    private static readonly string[] MetricTypes =
        ["NumberOfAgentsAvailable", "NumberOfAgentsStaffed", "NumberOfAgentsOnline", "OldestContactInQueueAgeSeconds", "NumberOfContactsInQueue"];

    public void Check(LintedFlow flow, LintFindings findings)
    {
        foreach (var action in flow.Model!.Actions)
        {
            foreach (var (field, expected) in Problems(action))
            {
                findings.Flow(LintRules.ParameterShape, flow, action.Identifier, field, LintMessages.ParameterShape, field, action.Type, expected);
            }
        }
    }

    private static IEnumerable<(string Field, string Expected)> Problems(FlowAction action)
    {
        var p = action.Parameters;
        switch (action.Type)
        {
            case ActionTypes.MessageParticipant:
                var sources = PromptSources.Count(s => ParameterStrings.TryGet(p, s, out _));
                if (sources != 1) yield return ("Parameters", "exactly one of Text, SSML, PromptId or Media");

                // The same check the interpreter makes (ExecutorSupport.NothingToSpeak): a Text that is a number fails every call.
                foreach (var source in PromptSources.Where(s => ParameterStrings.TryGet(p, s, out var v)
                    && v.ValueKind != (s == "Media" ? JsonValueKind.Object : JsonValueKind.String)))
                {
                    yield return ($"Parameters.{source}", source == "Media" ? "an object with a Uri string" : "a string");
                }

                break;
            case ActionTypes.InvokeLambdaFunction:
                if (Missing(p, "LambdaFunctionARN")) yield return ("Parameters.LambdaFunctionARN", "the function's ARN or a ${Name} placeholder");
                if (ParameterStrings.TryGet(p, "LambdaInvocationAttributes", out var attributes)
                    && (attributes.ValueKind != JsonValueKind.Object || attributes.EnumerateObject().Any(a => a.Value.ValueKind != JsonValueKind.String)))
                {
                    yield return ("Parameters.LambdaInvocationAttributes", "an object of string values");
                }

                if (ParameterStrings.Scalar(p, "InvocationType") is { } invocationType && invocationType is not ("SYNCHRONOUS" or "ASYNCHRONOUS"))
                {
                    yield return ("Parameters.InvocationType", "SYNCHRONOUS or ASYNCHRONOUS");
                }

                if (ParameterStrings.TryGet(p, "ResponseValidation", out var validation)
                    && ParameterStrings.Scalar(validation, "ResponseType") is not ("STRING_MAP" or "JSON"))
                {
                    yield return ("Parameters.ResponseValidation.ResponseType", "STRING_MAP or JSON");
                }

                break;
            case ActionTypes.UpdateContactAttributes:
                if (!ParameterStrings.TryGet(p, "Attributes", out var values) || values.ValueKind != JsonValueKind.Object || !values.EnumerateObject().Any())
                {
                    yield return ("Parameters.Attributes", "an object with at least one attribute");
                }

                break;
            case ActionTypes.Compare:
                if (AttributePath.ParseWhole(ParameterStrings.Scalar(p, "ComparisonValue")) is null)
                {
                    yield return ("Parameters.ComparisonValue", "a single JSONPath such as $.Attributes.Language");
                }

                break;
            case ActionTypes.UpdateContactTargetQueue:
            case ActionTypes.DequeueContactAndTransferToQueue:
                if (Missing(p, "QueueId") && Missing(p, "AgentId")) yield return ("Parameters.QueueId", "QueueId (queue ARN or id) or AgentId");
                break;
            case ActionTypes.TransferToFlow:
                if (Missing(p, "ContactFlowId")) yield return ("Parameters.ContactFlowId", "the target flow's ARN, id or a ${Name} placeholder");
                break;
            case ActionTypes.InvokeFlowModule:
                if (Missing(p, "FlowModuleId")) yield return ("Parameters.FlowModuleId", "the module's ARN or id");
                break;
            case ActionTypes.CheckMetricData:
                if (ParameterStrings.Scalar(p, "MetricType") is not { } metric || !MetricTypes.Contains(metric))
                {
                    yield return ("Parameters.MetricType", "one of " + string.Join(", ", MetricTypes));
                }

                break;
            case ActionTypes.UpdateContactTextToSpeechVoice:
                if (Missing(p, "TextToSpeechVoice")) yield return ("Parameters.TextToSpeechVoice", "a Polly voice such as Joanna");
                break;
            case ActionTypes.UpdateFlowLoggingBehavior:
                if (ParameterStrings.Scalar(p, "FlowLoggingBehavior") is not ("Enabled" or "Disabled")) yield return ("Parameters.FlowLoggingBehavior", "Enabled or Disabled");
                break;
            case ActionTypes.Loop:
                if (Missing(p, "LoopCount")) yield return ("Parameters.LoopCount", "a count from 0 to 100");
                break;
            case ActionTypes.UpdateContactCallbackNumber:
                if (AttributePath.ParseWhole(ParameterStrings.Scalar(p, "CallbackNumber")) is null)
                {
                    yield return ("Parameters.CallbackNumber", "a single JSONPath such as $.StoredCustomerInput");
                }

                break;
            case ActionTypes.GetParticipantInput:
                var store = string.Equals(ParameterStrings.Scalar(p, "StoreInput"), "true", StringComparison.OrdinalIgnoreCase);
                if (store != ParameterStrings.TryGet(p, "InputValidation", out _))
                {
                    yield return ("Parameters.InputValidation", "InputValidation exactly when StoreInput is True");
                }

                if (Missing(p, "InputTimeLimitSeconds") && !store) yield return ("Parameters.InputTimeLimitSeconds", "the seconds to wait for the first key");
                break;
        }
    }

    private static bool Missing(JsonElement parameters, string name) => string.IsNullOrWhiteSpace(ParameterStrings.Scalar(parameters, name));
}
