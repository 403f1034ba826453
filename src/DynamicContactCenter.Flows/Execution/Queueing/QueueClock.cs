using NodaTime;

namespace DynamicContactCenter.Flows.Execution.Queueing;

/// <summary>The virtual clock of the wait in queue, while a hook flow runs: when the contact was queued, when the hook flow must stop
/// (an agent answers or the caller gives up), and the guard against a flow that loops without time passing.</summary>
internal sealed class QueueClock(Instant queuedAt, Instant stopAt)
{
    /// <summary>Actions a hook flow may run while the clock stands still before it stops with DCC3360. Real queue flows check a few
    /// attributes between prompts; hundreds of actions without a prompt or a Wait is a loop a caller would never leave.</summary>
    public const int MaxStepsWithoutTime = 200;

    private Instant _lastSeen = queuedAt;

    /// <summary>When the contact entered the queue: prompts are stamped with the time since.</summary>
    public Instant QueuedAt { get; } = queuedAt;

    /// <summary>When the running hook flow stops: the agent's answer or the end of the caller's wait, whichever is first.</summary>
    public Instant StopAt { get; } = stopAt;

    /// <summary>True when an agent answer or the end of the wait has come.</summary>
    public bool Reached(Instant now) => now >= StopAt;

    /// <summary>Counts one action at <paramref name="now"/>; true when too many ran without the clock moving.</summary>
    public bool Stalled(Instant now)
    {
        if (now != _lastSeen)
        {
            _lastSeen = now;
            StepsWithoutTime = 0;
        }

        return ++StepsWithoutTime > MaxStepsWithoutTime;
    }

    /// <summary>Actions run since the clock last moved.</summary>
    public int StepsWithoutTime { get; private set; }

    /// <summary>How long the contact has waited at <paramref name="now"/>.</summary>
    public TimeSpan Waited(Instant now) => (now - QueuedAt).ToTimeSpan();
}
