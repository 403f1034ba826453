using System.Collections.Immutable;

namespace DynamicContactCenter.Functions.Hosting;

/// <summary>What one invocation produced: the response JSON, or the error Lambda would report; plus how long it took.</summary>
/// <param name="Function">The canonical function name (see <see cref="FunctionNames"/>).</param>
/// <param name="ResponseJson">The response body on success; null on failure.</param>
/// <param name="ErrorType">On failure, the <c>errorType</c> (one of <see cref="Handlers.ErrorTypes"/>, or an exception's type name for a bug).</param>
/// <param name="ErrorMessage">On failure, the message, starting with its DCC code for expected failures.</param>
/// <param name="Duration">Time from receiving the event to having the answer.</param>
/// <param name="ContactId">The Connect contact id from the event, when there was one.</param>
/// <param name="Notes">How the call was served, e.g. a stale cached row after a store error.</param>
public sealed record FunctionOutcome(
    string Function,
    string? ResponseJson,
    string? ErrorType,
    string? ErrorMessage,
    TimeSpan Duration,
    string? ContactId,
    ImmutableArray<string> Notes)
{
    /// <summary>True when the function answered with <see cref="ResponseJson"/>.</summary>
    public bool Succeeded => ResponseJson is not null;

    /// <summary>Stack frames when the failure was a bug (an exception); empty otherwise.</summary>
    public ImmutableArray<string> StackTrace { get; init; } = [];
}
