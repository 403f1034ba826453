using System.Text;
using DynamicContactCenter.Functions.Events;
using DynamicContactCenter.Functions.Handlers;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Routing.Diagnostics;

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

    /// <summary>
    /// Runs the request's work (<paramref name="createOrUpdate"/> or <paramref name="delete"/>) within the work budget and turns every
    /// way it can end into an answer: a request without its required fields, a RequestType that is none of the three, a failure
    /// the function knows (<paramref name="failures"/>), the budget running out, and even a bug.
    /// </summary>
    public static async Task<(string Status, string? Reason)> RunAsync(
        CustomResourceRequest request,
        FunctionCall call,
        TimeProvider timeProvider,
        TimeSpan margin,
        Func<CancellationToken, Task<(string Status, string? Reason)>> createOrUpdate,
        Func<CancellationToken, Task<(string Status, string? Reason)>> delete,
        CustomResourceFailures failures,
        CancellationToken cancellationToken)
    {
        if (SeedPlan.MissingFields(request) is { } missing)
        {
            return (CustomResourceResponse.Failed, missing);
        }

        using var workTimer = new CancellationTokenSource(WorkBudget(call, timeProvider, margin), timeProvider);
        using var work = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, workTimer.Token);
        try
        {
            return request.RequestType switch
            {
                CustomResourceRequest.Create or CustomResourceRequest.Update => await createOrUpdate(work.Token),
                CustomResourceRequest.Delete => await delete(work.Token),
                _ => (CustomResourceResponse.Failed, FunctionMessages.BadRequestType.CodedMessage(request.RequestType!)),
            };
        }
        catch (Exception exception) when (failures.Known(exception) is { } reason)
        {
            return (CustomResourceResponse.Failed, reason);
        }
        catch (OperationCanceledException) when (work.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return (CustomResourceResponse.Failed, failures.TimedOut.CodedMessage(margin.TotalMilliseconds));
        }
#pragma warning disable CA1031 // Even a bug must become a FAILED answer: an unanswered custom resource holds the stack for an hour.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return (CustomResourceResponse.Failed, failures.Unexpected.CodedMessage(exception.GetType().Name, exception.Message));
        }
    }

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

/// <summary>How one custom-resource function's work fails: the reason for an exception it knows (null for any other), and its
/// messages for running out of budget ({0}: the margin in ms) and for a bug ({0}: the exception type, {1}: its message).</summary>
internal sealed record CustomResourceFailures(Func<Exception, string?> Known, DiagnosticDescriptor TimedOut, DiagnosticDescriptor Unexpected);
