using DynamicContactCenter.Flows.Transcript;
using NodaTime;

namespace DynamicContactCenter.Flows.Execution.Queueing;

/// <summary>The conversation after an agent answered and the whispers ended, in the simplest model that lets hold and disconnect flows
/// run: with <see cref="CallRequest.Hold"/> the agent puts the caller on hold at once for that long, and then (with or without a hold)
/// the agent leaves the call.</summary>
/// <remarks>Reference §6.2 names the hooks. On hold, the CustomerHold flow plays to the caller and the AgentHold flow to the agent, both
/// for the length of the hold on the virtual clock (a hold flow is a Loop prompts that runs until the agent resumes; the clock stops it
/// then, as an answer stops a queue flow). Connect plays them at once on two legs; we run the caller's, then the agent's over the same
/// span (its prompts marked to agent). Without a hook the instance's default hold audio plays, which the model has no flow for: the
/// transcript says so. When the agent leaves with the caller still on the line, the CustomerRemaining flow runs (a post-call survey is
/// the usual one); the step limit guards it, as any inbound flow. The call keeps the outcome queued (answered) when that flow ends or
/// disconnects; a transfer, a new queue or an error in it is the call's outcome.</remarks>
internal sealed partial class QueueWaitRunner
{
    private const string CustomerRemainingHook = "CustomerRemaining";

    private async Task<(CallOutcome, QueueInfo?)> RunConversationAsync(QueueInfo queued, CancellationToken cancellationToken)
    {
        if (c.Request.Hold is { } hold && await RunHoldAsync(queued, hold, cancellationToken) is { } ended) return ended;
        return await RunCustomerRemainingAsync(queued, cancellationToken) ?? (CallOutcome.Queued, queued);
    }

    /// <summary>Plays the CustomerHold flow, then the AgentHold flow, over the hold. Null when the caller is taken off hold.</summary>
    private async Task<(CallOutcome, QueueInfo?)?> RunHoldAsync(QueueInfo queued, TimeSpan hold, CancellationToken cancellationToken)
    {
        var start = c.Now;
        var end = start + Duration.FromTimeSpan(hold);
        c.Emit(new QueueWaitEvent(queued.Name, null, QueueWaitEvent.OnHold, TimeSpan.Zero, $"the agent puts the caller on hold for {WaitDurationParser.Format(hold)}"));
        foreach (var (hook, agentListens) in new[] { ("CustomerHold", false), ("AgentHold", true) })
        {
            c.Now = start;
            var listener = agentListens ? "agent" : "caller";
            if (!c.EventHooks.TryGetValue(hook, out var reference))
            {
                c.Emit(new QueueWaitEvent(queued.Name, null, QueueWaitEvent.Silence, TimeSpan.Zero,
                    $"no {hook} flow is set (UpdateContactEventHooks): the {listener} hears the instance's default hold audio, which the model has no flow for"));
                continue;
            }

            if (Resolve(hook, reference, hooked: true, out var stop) is not { } flow)
            {
                if (stop) return (CallOutcome.Error, null);
                continue;
            }

            c.QueueClock = new QueueClock(start, end);
            c.AgentListens = agentListens;
            try
            {
                var (outcome, queue) = await runFlow(c, flow, cancellationToken);
                // The clock stops a hold flow when the agent resumes (Queued, no queue); one that ends early leaves the hold silent. A
                // disconnect or an error in it ends the call.
                if (outcome is not (CallOutcome.Queued or CallOutcome.Ended)) return (outcome, queue);
            }
            finally
            {
                c.QueueClock = null;
                c.AgentListens = false;
            }
        }

        c.Now = end;
        c.Emit(new QueueWaitEvent(queued.Name, null, QueueWaitEvent.OffHold, hold, "the agent takes the caller off hold"));
        return null;
    }

    /// <summary>The agent leaves; the CustomerRemaining flow, when a hook sets one, runs for the caller. Null when the call ends queued.</summary>
    private async Task<(CallOutcome, QueueInfo?)?> RunCustomerRemainingAsync(QueueInfo queued, CancellationToken cancellationToken)
    {
        if (!c.EventHooks.TryGetValue(CustomerRemainingHook, out var reference)) return null;
        c.Emit(new QueueWaitEvent(queued.Name, null, QueueWaitEvent.AgentLeft, c.AnsweredAfter ?? TimeSpan.Zero,
            "the agent leaves the call: the CustomerRemaining flow runs for the caller still on the line"));
        if (Resolve(CustomerRemainingHook, reference, hooked: true, out var stop) is not { } flow) return stop ? (CallOutcome.Error, null) : null;
        var (outcome, queue) = await runFlow(c, flow, cancellationToken);
        return outcome is CallOutcome.Ended or CallOutcome.Disconnected ? null : (outcome, queue);
    }
}
