using System.Collections.Immutable;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>Reads the file of <c>dcc call --start FILE</c>: a JSON (or YAML) mapping of <c>external</c>, <c>attributes</c> and
/// <c>flowAttributes</c>, the same as a scenario call's <c>start:</c> (<see cref="StartStateReader"/>), so it moves into a scenario
/// unchanged.</summary>
public static class StartStateFileParser
{
    /// <summary>The start state in the file at <paramref name="path"/>, or the diagnostics naming file, key and what was expected.</summary>
    public static (StartState? State, ImmutableArray<Diagnostic> Diagnostics) ParseFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (root, reader, refusal) = OptionFileReader.Load(path, "start state");
        if (!refusal.IsEmpty || reader.HasErrors) return (null, [.. refusal, .. reader.Diagnostics]);
        if (root is null)
        {
            reader.Report(ScenarioMessages.MissingKey, "file", null, "the start state", "a mapping of external, attributes and flowAttributes");
            return (null, [.. reader.Diagnostics]);
        }

        var state = StartStateReader.Read(reader, root, "start");
        return reader.HasErrors ? (null, [.. reader.Diagnostics]) : (state, [.. reader.Diagnostics]);
    }
}
