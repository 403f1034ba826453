using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Functions.Hosting;

namespace DynamicContactCenter.Benchmarks.Throughput;

/// <summary>The CLI's <c>--functions in-process</c> invoker (src/DynamicContactCenter.Cli/Calls/InProcessLambdaInvoker.cs, internal there),
/// reproduced line for line so the benchmark pays what <c>dcc call</c> pays: a linked token with the block's time limit per call.</summary>
internal sealed class InProcessInvoker(FunctionHost host, TimeProvider timeProvider) : ILambdaInvoker
{
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
