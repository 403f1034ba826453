using System.Collections.Immutable;

namespace DynamicContactCenter.Storage.CloudFormation;

/// <summary>A stack's outputs, or why they could not be read (a missing stack, an HTTP or signing error, an unreadable answer).</summary>
/// <param name="Status">The stack's status, e.g. <c>CREATE_COMPLETE</c>; empty on failure.</param>
/// <param name="Outputs">The outputs by key; empty on failure.</param>
/// <param name="Error">The coded message (DCC15xx) naming the stack, region and what went wrong; null on success.</param>
public sealed record StackOutputsResult(string Status, ImmutableSortedDictionary<string, string> Outputs, string? Error)
{
    /// <summary>Whether the outputs were read.</summary>
    public bool Succeeded => Error is null;

    /// <summary>The outputs of a stack in <paramref name="status"/>.</summary>
    public static StackOutputsResult Success(string status, ImmutableSortedDictionary<string, string> outputs) => new(status, outputs, null);

    /// <summary>A failure with <paramref name="error"/>.</summary>
    public static StackOutputsResult Failure(string error) => new("", ImmutableSortedDictionary<string, string>.Empty, error);
}
