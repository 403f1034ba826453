using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>One thing that happened during a call, in order: the record the CLI renders and the JSON output lists.</summary>
/// <param name="Flow">The flow that was running.</param>
/// <param name="Action">The action's Identifier, or null for flow-level events.</param>
public abstract record TranscriptEvent(string Flow, string? Action)
{
    /// <summary>The event's type as written to JSON (<c>prompt</c>, <c>lambda</c>, <c>check</c>, ...).</summary>
    public abstract string Type { get; }

    /// <summary>Writes the event's own properties (after <c>type</c>, <c>flow</c> and <c>action</c>).</summary>
    internal abstract void WriteDetails(Utf8JsonWriter writer);
}
