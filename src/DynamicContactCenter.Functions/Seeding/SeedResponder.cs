using DynamicContactCenter.Functions.Handlers;
using DynamicContactCenter.Functions.Hosting;

namespace DynamicContactCenter.Functions.Seeding;

/// <summary>
/// Delivers SeedTables' answer: one PUT of the response body to CloudFormation's pre-signed ResponseURL, within the margin the
/// work left and in time to report the invocation's own result before the deadline.
/// </summary>
/// <param name="httpClient">The client to send with; null for the shared one that follows no redirect.</param>
/// <param name="timeProvider">The clock the deadline is measured on (a test's fake one too).</param>
/// <param name="margin">The time the answer may take at most.</param>
internal sealed class SeedResponder(HttpClient? httpClient, TimeProvider timeProvider, TimeSpan margin)
{
    /// <summary>Time kept after the answer's PUT gives up, to report this invocation's own result before the deadline.</summary>
    private static readonly TimeSpan ReportReserve = TimeSpan.FromMilliseconds(500);

    // Redirects are not followed: the answer goes to the pre-signed URL CloudFormation named and nowhere else.
    private static readonly Lazy<HttpClient> SharedClient = new(() => new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false })
    {
        Timeout = Timeout.InfiniteTimeSpan, // each PUT has its own budget (PutAsync)
    });

    /// <summary>The time left until <paramref name="deadline"/> on <paramref name="clock"/>, never negative.</summary>
    public static TimeSpan Remaining(TimeProvider clock, DateTimeOffset deadline)
    {
        var remaining = deadline - clock.GetUtcNow();
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }

    /// <summary>PUTs <paramref name="body"/> to <paramref name="responseUrl"/>; null when CloudFormation took it, else why not.</summary>
    public async Task<FunctionFailure?> PutAsync(Uri responseUrl, byte[] body, string status, FunctionCall call, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        // CloudFormation's pre-signed S3 URL is signed without a content type: send an empty one, as AWS's cfn-response does.
        content.Headers.TryAddWithoutValidation("Content-Type", "");
        content.Headers.ContentLength = body.Length;
        using var request = new HttpRequestMessage(HttpMethod.Put, responseUrl) { Content = content };

        // The answer has the margin the work left it, and gives up in time to report this invocation before the deadline:
        // a ResponseURL that never answers must not hold the function until Lambda kills it.
        var budget = margin;
        if (call.Deadline != DateTimeOffset.MaxValue && Remaining(timeProvider, call.Deadline) - ReportReserve is var left && left < budget)
        {
            budget = left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }

        using var timer = new CancellationTokenSource(budget, timeProvider);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            using var response = await (httpClient ?? SharedClient.Value).SendAsync(request, timeout.Token);
            return response.IsSuccessStatusCode
                ? null
                : FunctionFailure.Create(ErrorTypes.CustomResourceResponseFailed, FunctionMessages.ResponseUrlRefused,
                    status, (int)response.StatusCode, response.ReasonPhrase ?? response.StatusCode.ToString());
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return FunctionFailure.Create(ErrorTypes.CustomResourceResponseFailed, FunctionMessages.ResponseUrlTimedOut,
                status, budget.TotalMilliseconds);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return FunctionFailure.Create(ErrorTypes.CustomResourceResponseFailed, FunctionMessages.ResponseUrlFailed,
                status, exception.Message);
        }
    }
}
