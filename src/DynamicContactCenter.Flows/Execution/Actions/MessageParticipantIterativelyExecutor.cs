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

        var interrupt = ExecutorSupport.ReadInt(c, "InterruptFrequencySeconds", 1, 3600, out var failure);
        if (failure is not null) return failure;
        if (c.QueueClock is { } clock) return PlayInQueue(c, messages, interrupt, clock);
        var i = 0;
        foreach (var message in messages.EnumerateArray())
        {
            if (!ExecutorSupport.Speak(c, message, $"Parameters.Messages[{i}]."))
            {
                return ExecutorSupport.NothingToSpeak(c, message, $"Parameters.Messages[{i}].", $"Parameters.Messages[{i}]", "Text, SSML, PromptId or Media");
            }

            i++;
        }

        return interrupt is null
            ? new ActionOutcome.EndOutcome("loop prompts play until the contact leaves the queue")
            : new ActionOutcome.ResultOutcome("MessagesInterrupted", $"loop prompts interrupted after {interrupt} s");
    }

    /// <summary>While waiting in queue: plays the messages round and round on the virtual clock until InterruptFrequencySeconds have
    /// passed (MessagesInterrupted, cutting the prompt that was playing) or the wait stops (an agent answers, the caller hangs up).
    /// Where the loop stands is kept per call (AG23:loop-prompts), so after an interrupt and a resume the next message follows.</summary>
    private static ActionOutcome PlayInQueue(CallContext c, JsonElement messages, int? interrupt, Queueing.QueueClock clock)
    {
        var interruptAt = interrupt is { } seconds ? c.Now + NodaTime.Duration.FromSeconds(seconds) : (NodaTime.Instant?)null;
        var positionKey = "loop prompts\n" + c.FlowName + "\n" + c.Action.Id;
        var count = messages.GetArrayLength();
        var next = c.LoopCounters.GetValueOrDefault(positionKey) % count;
        while (!clock.Reached(c.Now))
        {
            if (c.Now >= interruptAt)
            {
                c.Now = interruptAt.Value;
                c.LoopCounters[positionKey] = next;
                return new ActionOutcome.ResultOutcome("MessagesInterrupted", $"loop prompts interrupted after {interrupt} s");
            }

            var message = messages[next];
            if (!ExecutorSupport.Speak(c, message, $"Parameters.Messages[{next}]."))
            {
                return ExecutorSupport.NothingToSpeak(c, message, $"Parameters.Messages[{next}].", $"Parameters.Messages[{next}]", "Text, SSML, PromptId or Media");
            }

            next = (next + 1) % count;
        }

        c.LoopCounters[positionKey] = next;
        return new ActionOutcome.EndOutcome("the wait in queue ended while the loop prompts played");
    }
}
