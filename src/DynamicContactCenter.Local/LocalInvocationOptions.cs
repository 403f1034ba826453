namespace DynamicContactCenter.Local;

/// <summary>How one event is offered through the local Runtime API.</summary>
public sealed record LocalInvocationOptions
{
    /// <summary>How long to wait for the answer (including a cold start); also the deadline sent to the function.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The <c>Lambda-Runtime-Invoked-Function-Arn</c> header.</summary>
    public string FunctionArn { get; init; } = "arn:aws:lambda:us-east-1:000000000000:function:local";

    /// <summary>The request id; null makes a fresh one.</summary>
    public string? RequestId { get; init; }
}
