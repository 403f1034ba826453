namespace DynamicContactCenter.Functions.Runtime;

/// <summary>What the Runtime API tells a function about one invocation (the <c>/next</c> response headers).</summary>
/// <param name="RequestId">The <c>Lambda-Runtime-Aws-Request-Id</c>.</param>
/// <param name="Deadline">When Lambda stops the function (<c>Lambda-Runtime-Deadline-Ms</c>).</param>
/// <param name="FunctionArn">The <c>Lambda-Runtime-Invoked-Function-Arn</c>, or empty.</param>
/// <param name="TraceId">The <c>Lambda-Runtime-Trace-Id</c> X-Ray header, or null.</param>
internal sealed record InvocationContext(string RequestId, DateTimeOffset Deadline, string FunctionArn, string? TraceId)
{
    /// <summary>How long is left before <see cref="Deadline"/> (never negative).</summary>
    public TimeSpan RemainingTime(TimeProvider timeProvider)
    {
        var remaining = Deadline - timeProvider.GetUtcNow();
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }
}
