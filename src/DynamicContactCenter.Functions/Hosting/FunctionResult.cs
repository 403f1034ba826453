using DynamicContactCenter.Functions.Handlers;

namespace DynamicContactCenter.Functions.Hosting;

/// <summary>A function's answer: response JSON, or an expected failure.</summary>
/// <param name="ResponseJson">The response body; null on failure.</param>
/// <param name="Failure">Why it failed; null on success.</param>
/// <param name="ContactId">The Connect contact id, when the event had one (for the log line).</param>
internal sealed record FunctionResult(string? ResponseJson, FunctionFailure? Failure, string? ContactId)
{
    public static FunctionResult Success(string responseJson, string? contactId) => new(responseJson, null, contactId);

    public static FunctionResult Fail(FunctionFailure failure, string? contactId) => new(null, failure, contactId);
}
