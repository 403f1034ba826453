namespace DynamicContactCenter.Functions.Runtime;

/// <summary>
/// The custom-runtime loop: next → handler → response, one event at a time. A handler that fails (as a value or by throwing)
/// fails only that invocation, reported to <c>/error</c>, and the loop goes on. A Runtime API call that fails transiently is
/// retried (<see cref="RuntimeRetryPolicy"/>); anything else ends the loop with one line on <c>diagnostics</c> and a
/// <see cref="RuntimeExitCodes"/> code, never an unhandled exception.
/// </summary>
/// <param name="client">The Runtime API.</param>
/// <param name="handler">Turns one event into a response or an error; stream-in, stream-out (no reflection).</param>
/// <param name="timeProvider">The clock the handler's deadline token and the retry waits run on.</param>
/// <param name="diagnostics">Where the loop writes its own problems (a refused post, why it exits); stderr in Lambda.</param>
/// <param name="retry">How transient Runtime API failures are retried; null for the defaults.</param>
internal sealed class RuntimeLoop(
    IRuntimeApiClient client,
    Func<InvocationRequest, CancellationToken, Task<InvocationResponse>> handler,
    TimeProvider timeProvider,
    TextWriter diagnostics,
    RuntimeRetryPolicy? retry = null)
{
    private static readonly TimeSpan LongestTimer = TimeSpan.FromDays(30);

    private readonly RuntimeRetryPolicy _retry = retry ?? new RuntimeRetryPolicy();

    /// <summary>Runs until cancelled, or for one event when <paramref name="runOnce"/> (local runs).</summary>
    /// <returns>The process exit code, one of <see cref="RuntimeExitCodes"/>: <see cref="RuntimeExitCodes.Stopped"/> when
    /// cancelled or after the one event, otherwise why the Runtime API cannot be served any more.</returns>
    public async Task<int> RunAsync(bool runOnce, CancellationToken cancellationToken)
    {
        try
        {
            do
            {
                await InvokeOnceAsync(cancellationToken);
            }
            while (!runOnce && !cancellationToken.IsCancellationRequested);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Asked to stop while waiting for an event (or posting one): a clean stop, whichever call it interrupted.
        }
        catch (RuntimeApiException exception)
        {
            var (code, message) = exception switch
            {
                { StatusCode: 500 } => (RuntimeExitCodes.ContainerError, FunctionMessages.RuntimeApiContainerError),
                { IsTransient: true } => (RuntimeExitCodes.RuntimeApiUnreachable, FunctionMessages.RuntimeApiUnreachable),
                _ => (RuntimeExitCodes.RuntimeApiProtocolError, FunctionMessages.RuntimeApiProtocolError),
            };
            await diagnostics.WriteLineAsync(message.CodedMessage(LoggedText.Cap(exception.Message), code));
            return code;
        }

        return RuntimeExitCodes.Stopped;
    }

    /// <summary>Handles exactly one event: waits for it, runs the handler, posts its response or error.</summary>
    /// <exception cref="RuntimeApiException">The Runtime API failed in a way that ends the runtime: a 500, no answer through
    /// every retry, or an answer on <c>/next</c> this runtime cannot act on.</exception>
    public async Task InvokeOnceAsync(CancellationToken cancellationToken)
    {
        var invocation = await WithRetriesAsync(client.GetNextInvocationAsync, cancellationToken);
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
            await WithRetriesAsync(async token =>
            {
                if (response.Error is { } error)
                {
                    await client.ReportInvocationErrorAsync(requestId, error, token);
                }
                else
                {
                    await client.SendResponseAsync(requestId, response.Body, token);
                }

                return true;
            }, cancellationToken);
        }
        catch (RuntimeApiException exception) when (exception.StatusCode != 500 && !exception.IsTransient)
        {
            // E.g. 413 for a response over Lambda's payload limit, or 400 for a post retried after a lost answer: that
            // invocation is over, the next may be fine.
            await diagnostics.WriteLineAsync($"Request {LoggedText.Cap(requestId)}: {LoggedText.Cap(exception.Message)}");
        }
    }

    private async Task<T> WithRetriesAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(cancellationToken);
            }
            catch (RuntimeApiException exception) when (exception.IsTransient && attempt < _retry.MaxAttempts)
            {
                await Task.Delay(_retry.DelayAfter(attempt), timeProvider, cancellationToken);
            }
        }
    }

    // The token is driven by the injected clock, so the deadline is the Runtime API's and tests can move it.
    private Deadline DeadlineToken(InvocationContext context, CancellationToken cancellationToken)
    {
        if (context.Deadline == DateTimeOffset.MaxValue)
        {
            return new Deadline(null, CancellationTokenSource.CreateLinkedTokenSource(cancellationToken));
        }

        // A timer cannot run longer than about 49 days; a deadline further off is as good as none.
        var remaining = context.RemainingTime(timeProvider);
        var timed = new CancellationTokenSource(remaining < LongestTimer ? remaining : LongestTimer, timeProvider);
        return new Deadline(timed, CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timed.Token));
    }

    /// <summary>The handler's token: the caller's, cancelled also at the deadline; disposing it stops the deadline's timer.</summary>
    private readonly struct Deadline(CancellationTokenSource? timed, CancellationTokenSource linked) : IDisposable
    {
        public CancellationToken Token => linked.Token;

        public void Dispose()
        {
            linked.Dispose();
            timed?.Dispose();
        }
    }
}
