namespace DynamicContactCenter.Flows.Execution;

/// <summary>How a call ended.</summary>
public enum CallOutcome
{
    /// <summary>The contact was queued (JSON <c>queued</c>).</summary>
    Queued,
    /// <summary>The contact was disconnected, including after a flow's error path (JSON <c>disconnected</c>).</summary>
    Disconnected,
    /// <summary>The run stopped on a diagnostic: bad input, unsupported action, missing branch, step limit (JSON <c>error</c>).</summary>
    Error,
    /// <summary>The flow ended without queueing or disconnecting (EndFlowExecution, endless loop prompts) (JSON <c>ended</c>).</summary>
    Ended,
    /// <summary>A transfer left the modelled flows: the target flow is not in the instance model, so the simulation ends there. A normal
    /// end, like queued (JSON <c>transferred</c>); the transcript's last transfer names the target.</summary>
    Transferred,
    /// <summary>The caller hung up before the call reached an end: after too many unanswered prompts (the caller model's patience) or
    /// while waiting in queue. A normal end (JSON <c>abandoned</c>); the transcript says why.</summary>
    Abandoned,
}
