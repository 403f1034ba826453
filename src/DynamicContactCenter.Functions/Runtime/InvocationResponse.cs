namespace DynamicContactCenter.Functions.Runtime;

/// <summary>What a handler gives back to the loop: a response body for <c>/response</c>, or an error for <c>/error</c>.</summary>
internal sealed class InvocationResponse
{
    private InvocationResponse(ReadOnlyMemory<byte> body, LambdaError? error)
    {
        Body = body;
        Error = error;
    }

    /// <summary>The response body; empty when <see cref="Error"/> is set.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>Why the invocation failed; null on success.</summary>
    public LambdaError? Error { get; }

    /// <summary>A response body to post to <c>/response</c>.</summary>
    public static InvocationResponse Success(ReadOnlyMemory<byte> body) => new(body, null);

    /// <summary>An expected failure (bad event, missing row) to post to <c>/error</c>.</summary>
    public static InvocationResponse Failure(LambdaError error) => new(ReadOnlyMemory<byte>.Empty, error);
}
