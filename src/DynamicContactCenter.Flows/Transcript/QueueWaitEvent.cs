using System.Text.Json;
using DynamicContactCenter.Flows.Execution.Queueing;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>A moment of the simulated wait in queue (<c>--wait</c>): the wait began, the queue flow ended and the caller waits in
/// silence, an agent answered, or the caller hung up. <paramref name="Waited"/> is virtual time since the contact was queued.</summary>
/// <param name="Flow">The flow running at the time, or the queue's name when none is.</param>
/// <param name="Action">The action, or null.</param>
/// <param name="Kind"><c>waiting</c>, <c>silence</c>, <c>answered</c>, <c>hungUp</c>, <c>onHold</c>, <c>offHold</c> or <c>agentLeft</c>.</param>
/// <param name="Waited">Time since the contact was queued.</param>
/// <param name="Detail">What happened, for people.</param>
public sealed record QueueWaitEvent(string Flow, string? Action, string Kind, TimeSpan Waited, string Detail) : TranscriptEvent(Flow, Action)
{
    /// <summary>The wait began.</summary>
    public const string Waiting = "waiting";

    /// <summary>The queue flow ended (EndFlowExecution, "resume"), or none is modelled: the caller waits without prompts.</summary>
    public const string Silence = "silence";

    /// <summary>An agent answered: the whisper flows run and the call is with the agent.</summary>
    public const string Answered = "answered";

    /// <summary>The caller's wait was over before an agent answered: the call ends abandoned.</summary>
    public const string HungUp = "hungUp";

    /// <summary>The agent put the caller on hold (<c>--hold</c>): the hold flows play; Waited is 0, the start of the hold.</summary>
    public const string OnHold = "onHold";

    /// <summary>The agent took the caller off hold; Waited is how long the hold lasted.</summary>
    public const string OffHold = "offHold";

    /// <summary>The agent left the call: the CustomerRemaining flow runs for the caller still on the line.</summary>
    public const string AgentLeft = "agentLeft";

    /// <inheritdoc />
    public override string Type => "wait";

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("kind", Kind);
        writer.WriteNumber("waitedSeconds", (long)Waited.TotalSeconds);
        writer.WriteString("waited", WaitDurationParser.Format(Waited));
        writer.WriteString("detail", Detail);
    }
}
