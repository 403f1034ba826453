namespace DynamicContactCenter.Flows.Execution;

/// <summary>The interpreter's choices where the flow-language reference says Uncertain; each default is the reference's (or
/// DESIGN.md's) recommendation and is pinned by a named test.</summary>
public sealed record InterpreterOptions
{
    /// <summary>The defaults.</summary>
    public static InterpreterOptions Default { get; } = new();

    /// <summary><c>$.External</c> survives TransferToFlow. DESIGN.md §6: the sample depends on it (the reference leans the other way).</summary>
    public bool KeepExternalAcrossTransfer { get; init; } = true;

    /// <summary><c>$.StoredCustomerInput</c> survives TransferToFlow. Reference §6.1: flow-run data, assume not.</summary>
    public bool KeepStoredInputAcrossTransfer { get; init; }

    /// <summary>A failed Lambda call clears <c>$.External</c>. Reference §4: default no (replaced only on success).</summary>
    public bool ClearExternalOnLambdaFailure { get; init; }

    /// <summary>Text an unresolved reference reads as inside interpolated text. Reference §2.1: the empty string (with a warning).</summary>
    public string UnresolvedReferenceText { get; init; } = "";

    /// <summary>OldestContactInQueueAgeSeconds is reported in milliseconds, as AWS's own sample flow compares it (reference §7).</summary>
    public bool OldestContactAgeInMilliseconds { get; init; } = true;

    /// <summary>Most TransferToFlow hops per call (a ping-pong guard besides the step limit).</summary>
    public int MaxFlowTransfers { get; init; } = 11;

    /// <summary>Most nested module levels (FAC: up to 5).</summary>
    public int MaxModuleDepth { get; init; } = 5;
}
