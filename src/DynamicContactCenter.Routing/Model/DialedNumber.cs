namespace DynamicContactCenter.Routing.Model;

/// <summary>One row of the DialedNumbers table: what a dialed number means for routing.</summary>
/// <param name="Number">The table key: an E.164 number, or <see cref="DefaultKey"/> for numbers not listed.</param>
/// <param name="Name">A name for the line, shown to people (e.g. "Spanish line").</param>
/// <param name="Queue">The queue ARN calls to this number are queued in.</param>
/// <param name="Language">The language key into the Prompts table.</param>
public sealed record DialedNumber(string Number, string Name, string Queue, string Language)
{
    /// <summary>The key of the row that serves numbers with no row of their own.</summary>
    public const string DefaultKey = "default";
}
