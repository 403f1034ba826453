using DynamicContactCenter.Flows.Catalog;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Transcript;
using DynamicContactCenter.Routing.Diagnostics;
using NodaTime;

namespace DynamicContactCenter.Flows.Execution.Queueing;

/// <summary>The wait in queue (issue #12 item 4): after the contact is queued with a wait asked for, plays the customer queue flow on the
/// virtual clock until an agent answers (then the whisper flows run and the call stays <see cref="CallOutcome.Queued"/>, with the time
/// of the answer) or the caller's wait is over (<see cref="CallOutcome.Abandoned"/>).</summary>
/// <remarks>Reference §6.2–§6.3: the CustomerQueue hook set by UpdateContactEventHooks wins over the instance's default customer queue
/// flow; EndFlowExecution in a queue flow "resumes" the wait, which we model as waiting on without prompts; DequeueContactAndTransferToQueue
/// moves the contact, and the new queue's agents and hook decide from then on. When an agent answers, Connect plays the customer and
/// agent whispers at once on two legs; we run the customer's first, then the agent's (whose prompts the caller does not hear).</remarks>
internal sealed partial class QueueWaitRunner(CallContext c, Func<CallContext, FlowResolution, CancellationToken, Task<(CallOutcome, QueueInfo?)>> runFlow)
{
    private const string CustomerQueueHook = "CustomerQueue";

    public async Task<(CallOutcome, QueueInfo?)> RunAsync(QueueInfo queued, TimeSpan wait, CancellationToken cancellationToken)
    {
        var queuedAt = c.Now;
        var waitEnds = queuedAt + Duration.FromTimeSpan(wait);
        var queue = c.Instance.FindQueue(queued.Arn);
        var enteredQueueAt = queuedAt;
        while (true)
        {
            var answerAt = AnswerTime(queue, enteredQueueAt);
            var clock = new QueueClock(queuedAt, answerAt is { } answer && answer < waitEnds ? answer : waitEnds);
            c.Emit(new QueueWaitEvent(queued.Name, null, QueueWaitEvent.Waiting, clock.Waited(c.Now),
                $"in {queued.Name} for up to {WaitDurationParser.Format(wait)}; {DescribeAnswer(queue, answerAt, enteredQueueAt)}"));
            var (outcome, movedTo) = await PlayQueueFlowAsync(clock, cancellationToken);
            if (outcome == CallOutcome.Queued && movedTo is not null && !clock.Reached(c.Now))
            {
                // DequeueContactAndTransferToQueue: the contact waits on in the new queue, whose agents answer from now.
                queued = movedTo;
                queue = c.Instance.FindQueue(movedTo.Arn);
                enteredQueueAt = c.Now;
                continue;
            }

            if (outcome is not (CallOutcome.Queued or CallOutcome.Ended)) return (outcome, movedTo);
            if (answerAt is { } answered && answered <= waitEnds)
            {
                c.Now = answered;
                c.AnsweredAfter = (answered - queuedAt).ToTimeSpan();
                c.Emit(new QueueWaitEvent(queued.Name, null, QueueWaitEvent.Answered, c.AnsweredAfter.Value, $"an agent of {queued.Name} answered"));
                return await RunWhispersAsync(cancellationToken) ?? await RunConversationAsync(queued, cancellationToken);
            }

            c.Now = waitEnds;
            c.Emit(new QueueWaitEvent(queued.Name, null, QueueWaitEvent.HungUp, wait,
                $"no agent answered within {WaitDurationParser.Format(wait)}: the caller hung up"));
            c.Emit(new CallEndedEvent(queued.Name, null, Disconnected: true, $"the caller hung up after waiting {WaitDurationParser.Format(wait)} in {queued.Name}"));
            return (CallOutcome.Abandoned, null);
        }
    }

    /// <summary>Plays the customer queue flow until the clock stops it. With none (or when it ends) the caller waits without prompts.</summary>
    private async Task<(CallOutcome, QueueInfo?)> PlayQueueFlowAsync(QueueClock clock, CancellationToken cancellationToken)
    {
        if (clock.Reached(c.Now)) return (CallOutcome.Queued, null);
        var hooked = c.EventHooks.TryGetValue(CustomerQueueHook, out var reference);
        reference ??= c.Instance.DefaultCustomerQueueFlow;
        if (reference is null)
        {
            c.Emit(new QueueWaitEvent(c.FlowName, null, QueueWaitEvent.Silence, clock.Waited(c.Now),
                "no customer queue flow: no CustomerQueue hook is set and the instance model has no defaultCustomerQueueFlow, so the caller waits without prompts"));
            return (CallOutcome.Queued, null);
        }

        if (Resolve(CustomerQueueHook, reference, hooked, out var stop) is not { } flow) return (stop ? CallOutcome.Error : CallOutcome.Queued, null);
        c.QueueClock = clock;
        try
        {
            var ended = await runFlow(c, flow, cancellationToken);
            if (ended.Item1 == CallOutcome.Ended && !clock.Reached(c.Now))
            {
                c.Emit(new QueueWaitEvent(c.FlowName, null, QueueWaitEvent.Silence, clock.Waited(c.Now), "the queue flow ended: the caller waits on without prompts"));
            }

            return ended;
        }
        finally
        {
            c.QueueClock = null;
        }
    }

    /// <summary>Runs the customer whisper, then the agent whisper (hooks, else the instance defaults). Null when both end normally.</summary>
    private async Task<(CallOutcome, QueueInfo?)?> RunWhispersAsync(CancellationToken cancellationToken)
    {
        foreach (var (hook, fallback, agentListens) in new[]
                 {
                     ("CustomerWhisper", c.Instance.DefaultCustomerWhisperFlow, false),
                     ("AgentWhisper", c.Instance.DefaultAgentWhisperFlow, true),
                 })
        {
            var hooked = c.EventHooks.TryGetValue(hook, out var reference);
            reference ??= fallback;
            if (reference is null) continue;
            if (Resolve(hook, reference, hooked, out var stop) is not { } flow)
            {
                if (stop) return (CallOutcome.Error, null);
                continue;
            }

            c.AgentListens = agentListens;
            var (outcome, queue) = await runFlow(c, flow, cancellationToken);
            c.AgentListens = false;
            // A whisper ends with EndFlowExecution and the conversation goes on; anything else (a disconnect, an error) ends the call.
            if (outcome != CallOutcome.Ended) return (outcome, queue);
        }

        return null;
    }

    /// <summary>The hook's flow, or null: an unknown flow is a warning (the caller hears nothing from it) unless <c>--strict</c>, or
    /// when the flow is modelled but does not load; then <paramref name="stop"/> is true and the call ends with the error.</summary>
    private FlowResolution? Resolve(string hook, string reference, bool hooked, out bool stop)
    {
        var resolution = c.Catalog.Resolve(reference);
        stop = false;
        if (resolution.Succeeded) return resolution;
        var name = hooked ? $"{hook} event hook" : $"instance default {hook}";
        if (c.Request.Strict || c.Instance.FindFlow(reference) is not null)
        {
            foreach (var diagnostic in resolution.Diagnostics) c.Report(diagnostic with { Severity = Severity.Error });
            if (resolution.Diagnostics.IsEmpty) c.Report(Problem(Severity.Error, name, reference));
            stop = true;
        }
        else
        {
            c.Report(Problem(Severity.Warning, name, reference));
        }

        return null;
    }

    private Diagnostic Problem(Severity severity, string hook, string reference) =>
        new(QueueWaitMessages.UnknownHookFlow.Code, severity, DiagnosticLocation.InFlow(null, c.FlowName, null, "EventHooks"),
            QueueWaitMessages.UnknownHookFlow.Message(hook, reference));

    /// <summary>When an agent answers a contact that entered <paramref name="queue"/> at <paramref name="entered"/>: after the queue's
    /// <c>answerAfter</c> when one of its agents is available (overrides such as <c>--agents</c> included), never when none is.</summary>
    private Instant? AnswerTime(QueueDefinition? queue, Instant entered) =>
        queue is not null && Actions.ExecutorSupport.Agents(c, queue).Any(a => a.Status == AgentStatus.Available)
            ? entered + Duration.FromTimeSpan(queue.AnswerAfter ?? TimeSpan.Zero)
            : null;

    private static string DescribeAnswer(QueueDefinition? queue, Instant? answerAt, Instant entered) => answerAt is { } at
        ? $"an agent is available and answers after {WaitDurationParser.Format((at - entered).ToTimeSpan())}"
            + (queue?.AnswerAfter is null ? " (the queue sets no answerAfter)" : "")
        : "no agent is available, so none answers within the wait";
}
