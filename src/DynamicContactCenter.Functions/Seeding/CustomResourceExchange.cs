using System.Text;
using DynamicContactCenter.Functions.Events;
using DynamicContactCenter.Functions.Handlers;
using DynamicContactCenter.Functions.Hosting;

namespace DynamicContactCenter.Functions.Seeding;

/// <summary>
/// The parts every custom-resource function of the bootstrap shares around its own work: reading the request and checking its
/// ResponseURL, the work budget that leaves the margin for the answer, and delivering the answer (the always-answer guarantee).
/// </summary>
internal static class CustomResourceExchange
{
    /// <summary>The request and its ResponseURL, or why neither can be answered (then there is nobody to tell but the log).</summary>
    public static (CustomResourceRequest? Request, Uri? ResponseUrl, string? Unusable) Open(ReadOnlyMemory<byte> eventJson, ResponseUrlPolicy policy)
    {
        var request = CustomResourceRequest.TryParse(eventJson, out var parseError);
        Uri? responseUrl = null;
        var unusable = parseError
            ?? (request?.ResponseUrl is not { } responseUrlText ? "ResponseURL is missing"
            : !Uri.TryCreate(responseUrlText, UriKind.Absolute, out responseUrl) ? "the ResponseURL is not an absolute URL"
            : policy.Refusal(responseUrl));
        return unusable is null && request is not null && responseUrl is not null
            ? (request, responseUrl, null)
            : (null, null, unusable ?? "ResponseURL is missing");
    }

    /// <summary>The failure for a request that cannot be answered.</summary>
    public static FunctionResult Unanswerable(string unusable) =>
        FunctionResult.Fail(FunctionFailure.Create(ErrorTypes.CustomResourceResponseFailed, FunctionMessages.NoResponseUrl, unusable), null);

    /// <summary>How long the work may run: until the margin before the deadline (on the injected clock, a test's fake one too).</summary>
    public static TimeSpan WorkBudget(FunctionCall call, TimeProvider timeProvider, TimeSpan margin)
    {
        if (call.Deadline == DateTimeOffset.MaxValue)
        {
            return Timeout.InfiniteTimeSpan;
        }

        var budget = SeedResponder.Remaining(timeProvider, call.Deadline) - margin;
        return budget > TimeSpan.Zero ? budget : TimeSpan.Zero;
    }

    /// <summary>PUTs the answer to the ResponseURL and turns the whole exchange into the invocation's result.</summary>
    public static async Task<FunctionResult> AnswerAsync(
        SeedResponder responder, CustomResourceRequest request, Uri responseUrl, string status, string? reason, string physicalId, FunctionCall call, CancellationToken cancellationToken)
    {
        var response = new CustomResourceResponse(status, reason, physicalId, request.StackId, request.RequestId, request.LogicalResourceId);
        var body = response.ToJson();
        var delivery = await responder.PutAsync(responseUrl, body, status, call, cancellationToken);
        if (delivery is not null)
        {
            return FunctionResult.Fail(delivery, null);
        }

        return status == CustomResourceResponse.Success
            ? FunctionResult.Success(Encoding.UTF8.GetString(body), null)
            : FunctionResult.Fail(new FunctionFailure(ErrorTypes.CustomResourceFailed, FailureCode(reason), "FAILED sent to CloudFormation: " + reason), null);
    }

    private static string FailureCode(string? reason) =>
        reason is { Length: >= 7 } && reason.StartsWith("DCC", StringComparison.Ordinal) ? reason[..7] : FunctionMessages.RequestMissingField.Code;
}
