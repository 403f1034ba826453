namespace DynamicContactCenter.Functions.Hosting;

/// <summary>
/// The invocation running on this async flow, so that a store decorator deep below a handler can reach it without every
/// handler passing it along: the cache adds a note when it serves a stale row, and bounds each read by the deadline.
/// </summary>
internal static class CurrentInvocation
{
    /// <summary>
    /// Kept back from the invocation's deadline for everything after the last store read: folding the response, posting it
    /// to the Runtime API and writing the log line take milliseconds; half a second also covers a busy, shared CPU.
    /// </summary>
    public static readonly TimeSpan AnswerMargin = TimeSpan.FromMilliseconds(500);

    private static readonly AsyncLocal<FunctionCall?> Current = new();

    /// <summary>Adds a note to the current invocation's log line; does nothing outside one.</summary>
    public static void AddNote(string note) => Current.Value?.Notes.Add(note);

    /// <summary>When store reads of the current invocation must end (its deadline minus <see cref="AnswerMargin"/>); null
    /// outside an invocation or for one without a deadline (local runs).</summary>
    public static DateTimeOffset? ReadDeadline() =>
        Current.Value is { } call && call.Deadline != DateTimeOffset.MaxValue ? call.Deadline - AnswerMargin : null;

    /// <summary>Makes <paramref name="call"/> current until the scope is disposed.</summary>
    public static Scope Begin(FunctionCall call)
    {
        var previous = Current.Value;
        Current.Value = call;
        return new Scope(previous);
    }

    /// <summary>Restores the previous invocation.</summary>
    internal readonly struct Scope(FunctionCall? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
