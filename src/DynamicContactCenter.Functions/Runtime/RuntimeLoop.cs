using System.Net;

namespace DynamicContactCenter.Functions.Runtime;

/// <summary>
/// The custom-runtime loop: next → handler → response, one event at a time. A handler that fails (as a value or by throwing)
/// fails only that invocation, reported to <c>/error</c>, and the loop goes on.
/// </summary>
/// <param name="client">The Runtime API.</param>
/// <param name="handler">Turns one event into a response or an error; stream-in, stream-out (no reflection).</param>
/// <param name="timeProvider">The clock the handler's deadline token runs on.</param>
/// <param name="diagnostics">Where the loop writes its own problems (a refused post); stderr in Lambda.</param>
internal sealed class RuntimeLoop(
    IRuntimeApiClient client,
    Func<InvocationRequest, CancellationToken, Task<InvocationResponse>> handler,
    TimeProvider timeProvider,
    TextWriter diagnostics)
{
    /// <summary>Runs until cancelled, or for one event when <paramref name="runOnce"/> (local runs).</summary>
    /// <returns>The process exit code: 0, or 1 when the Runtime API reported the container broken (HTTP 500).</returns>
    public async Task<int> RunAsync(bool runOnce, CancellationToken cancellationToken)
    {
        do
        {
            try
            {
                await InvokeOnceAsync(cancellationToken);
            }
            catch (RuntimeApiException exception) when (exception.StatusCode == (int)HttpStatusCode.InternalServerError)
            {
                // The Runtime API says the container is broken: the runtime must exit at once.
                await diagnostics.WriteLineAsync($"Runtime API container error, exiting: {exception.Message}");
                return 1;
            }
        }
        while (!runOnce && !cancellationToken.IsCancellationRequested);

        return 0;
    }

    /// <summary>Handles exactly one event: waits for it, runs the handler, posts its response or error.</summary>
    public async Task InvokeOnceAsync(CancellationToken cancellationToken)
    {
        var invocation = await client.GetNextInvocationAsync(cancellationToken);
        var requestId = invocation.Context.RequestId;

        InvocationResponse response;
        using (var deadline = DeadlineToken(invocation.Context, cancellationToken))
        {
            try
            {
                response = await handler(invocation, deadline.Token);
            }
#pragma warning disable CA1031 // A handler bug must fail only its own invocation; the loop keeps serving.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                response = InvocationResponse.Failure(LambdaError.FromException(exception));
            }
        }

        try
        {
            if (response.Error is { } error)
            {
                await client.ReportInvocationErrorAsync(requestId, error, cancellationToken);
            }
            else
            {
                await client.SendResponseAsync(requestId, response.Body, cancellationToken);
            }
        }
        catch (RuntimeApiException exception) when (exception.StatusCode != (int)HttpStatusCode.InternalServerError)
        {
            // E.g. 413 for a response over Lambda's payload limit: that invocation is lost, the next may be fine.
            await diagnostics.WriteLineAsync($"Request {requestId}: {exception.Message}");
        }
    }

    private CancellationTokenSource DeadlineToken(InvocationContext context, CancellationToken cancellationToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (context.Deadline != DateTimeOffset.MaxValue)
        {
            var remaining = context.RemainingTime(timeProvider);
            if (remaining == TimeSpan.Zero)
            {
                source.Cancel();
            }
            else
            {
                source.CancelAfter(remaining);
            }
        }

        return source;
    }
}
