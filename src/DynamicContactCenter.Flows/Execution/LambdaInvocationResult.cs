namespace DynamicContactCenter.Flows.Execution;

/// <summary>What a Lambda invocation produced: a response body, or a failure the block turns into its Error branch.</summary>
/// <param name="ResponseJson">The response body when the function answered; null when it failed.</param>
/// <param name="Error">Why the invocation failed (function error message, unreachable, unknown function); null on success.</param>
/// <param name="TimedOut">True when the function ran past the block's time limit.</param>
/// <param name="Duration">How long the call took, for the transcript.</param>
/// <param name="Note">Anything the transcript should say about how the call was served (e.g. "stub response from instance model").</param>
public sealed record LambdaInvocationResult(string? ResponseJson, string? Error, bool TimedOut, TimeSpan Duration, string? Note = null)
{
    /// <summary>True when the function answered in time.</summary>
    public bool Succeeded => ResponseJson is not null && Error is null && !TimedOut;

    /// <summary>A successful answer.</summary>
    public static LambdaInvocationResult Success(string responseJson, TimeSpan duration, string? note = null) => new(responseJson, null, false, duration, note);

    /// <summary>A failed invocation.</summary>
    public static LambdaInvocationResult Failure(string error, TimeSpan duration, bool timedOut = false) => new(null, error, timedOut, duration);
}
