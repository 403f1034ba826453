namespace DynamicContactCenter.Functions.Hosting;

/// <summary>
/// The notes list of the invocation running on this async flow, so that a store decorator deep below a handler (the cache
/// serving a stale row) can add to that invocation's log line without every handler passing it along.
/// </summary>
internal static class InvocationNotes
{
    private static readonly AsyncLocal<List<string>?> Current = new();

    /// <summary>Adds a note to the current invocation; does nothing outside one.</summary>
    public static void Add(string note) => Current.Value?.Add(note);

    /// <summary>Makes <paramref name="notes"/> current until the scope is disposed.</summary>
    public static Scope Begin(List<string> notes)
    {
        var previous = Current.Value;
        Current.Value = notes;
        return new Scope(previous);
    }

    /// <summary>Restores the previous notes list.</summary>
    internal readonly struct Scope(List<string>? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
