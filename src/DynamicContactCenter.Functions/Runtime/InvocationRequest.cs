namespace DynamicContactCenter.Functions.Runtime;

/// <summary>One event from <c>/next</c>: the raw body (stream-in, no reflection) and its context.</summary>
/// <param name="Body">The event JSON bytes, exactly as the Runtime API sent them.</param>
/// <param name="Context">Request id, deadline, function ARN and trace id.</param>
internal sealed record InvocationRequest(ReadOnlyMemory<byte> Body, InvocationContext Context);
