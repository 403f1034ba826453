namespace DynamicContactCenter.Local;

/// <summary>What came back through the local Runtime API for one event.</summary>
/// <param name="RequestId">The request id the emulator gave the event.</param>
/// <param name="ResponseJson">The body posted to <c>/response</c>; null unless the function answered.</param>
/// <param name="ErrorType">The <c>Lambda-Runtime-Function-Error-Type</c> header (or the body's errorType) of an <c>/error</c> or <c>/init/error</c>.</param>
/// <param name="ErrorMessage">The error body's <c>errorMessage</c>, or why the emulator gave up (timeout, process exit).</param>
/// <param name="ErrorBody">The raw error body as posted, or null.</param>
/// <param name="Duration">From queuing the event to its answer.</param>
/// <param name="TimedOut">True when no answer came within the timeout.</param>
public sealed record LocalInvocationResult(
    string RequestId,
    string? ResponseJson,
    string? ErrorType,
    string? ErrorMessage,
    string? ErrorBody,
    TimeSpan Duration,
    bool TimedOut)
{
    /// <summary>True when the function posted a response.</summary>
    public bool Succeeded => ResponseJson is not null;
}
