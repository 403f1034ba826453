namespace DynamicContactCenter.Functions.Hosting;

/// <summary>Per-invocation facts a function may use: its deadline, and notes for the log line.</summary>
/// <param name="RequestId">The Lambda request id (or a local one).</param>
/// <param name="Deadline">When the invocation is stopped; <see cref="DateTimeOffset.MaxValue"/> when unbounded.</param>
internal sealed record FunctionCall(string RequestId, DateTimeOffset Deadline)
{
    /// <summary>Things worth logging about how the call was served (e.g. a stale cached row).</summary>
    public List<string> Notes { get; } = [];
}
