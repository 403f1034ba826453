using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Functions.Hosting;

namespace DynamicContactCenter.Local;

/// <summary>Serves a flow's InvokeLambdaFunction blocks with the real handlers, in this process (<c>--functions in-process</c>).</summary>
/// <remarks>The handler is cancelled at the block's time limit, and a late answer counts as a timeout, as Connect counts it.
/// <c>dcc call</c>, <c>dcc test</c>, <c>dcc lint</c> and the throughput benchmark all use this one, so they pay the same per call.</remarks>
/// <param name="host">The functions.</param>
/// <param name="timeProvider">The clock for durations.</param>
public sealed class InProcessLambdaInvoker(FunctionHost host, TimeProvider timeProvider) : ILambdaInvoker
{
    /// <inheritdoc />
    public async Task<LambdaInvocationResult> InvokeAsync(string functionArn, string eventJson, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeLimit);
        FunctionOutcome outcome;
        try
        {
            outcome = await host.InvokeAsync(functionArn, eventJson, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return LambdaInvocationResult.Failure($"{functionArn} did not answer within {timeLimit.TotalSeconds:0.#} s", timeProvider.GetElapsedTime(started), timedOut: true);
        }

        var elapsed = timeProvider.GetElapsedTime(started);
        if (elapsed > timeLimit)
        {
            return LambdaInvocationResult.Failure($"{functionArn} answered after {elapsed.TotalSeconds:0.###} s, past the {timeLimit.TotalSeconds:0.#} s limit", elapsed, timedOut: true);
        }

        return outcome.Succeeded
            ? LambdaInvocationResult.Success(outcome.ResponseJson!, elapsed)
            : LambdaInvocationResult.Failure($"{outcome.ErrorType}: {outcome.ErrorMessage}", elapsed);
    }
}
