using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;
using static DynamicContactCenter.Flows.Model.FlowTypes;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Loop prompts": plays every message once per visit. With InterruptFrequencySeconds it completes with
/// <c>MessagesInterrupted</c>; without it the prompts loop until the contact leaves, so the simulated call ends there.</summary>
internal sealed class MessageParticipantIterativelyExecutor : SyncExecutor
{
    public static MessageParticipantIterativelyExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFailLeniently(ActionTypes.MessageParticipantIteratively) with
    {
        Result = ResultSpec.EqualsOneOf("MessagesInterrupted"),
        AllowedIn = Of(Queue, Hold),
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        if (c.Action.Parameters.Element("Messages") is not { ValueKind: JsonValueKind.Array } messages || messages.GetArrayLength() == 0)
        {
            return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters.Messages", FlowMessages.MissingParameter.Format,
                "a list of messages, each with Text, SSML, PromptId or Media");
        }

        var i = 0;
        foreach (var message in messages.EnumerateArray())
        {
            if (!ExecutorSupport.Speak(c, message, $"Parameters.Messages[{i}]."))
            {
                return ExecutorSupport.NothingToSpeak(c, message, $"Parameters.Messages[{i}].", $"Parameters.Messages[{i}]", "Text, SSML, PromptId or Media");
            }

            i++;
        }

        var interrupt = ExecutorSupport.ReadInt(c, "InterruptFrequencySeconds", 1, 3600, out var failure);
        if (failure is not null) return failure;
        return interrupt is null
            ? new ActionOutcome.EndOutcome("loop prompts play until the contact leaves the queue")
            : new ActionOutcome.ResultOutcome("MessagesInterrupted", $"loop prompts interrupted after {interrupt} s");
    }
}
