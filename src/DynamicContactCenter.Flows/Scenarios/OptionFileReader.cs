using System.Collections.Immutable;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Yaml;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>Loads the small JSON (or YAML) file a command-line option names (<c>--mock NAME=FILE</c>, <c>--start FILE</c>) with the
/// scenario rules: safe YAML, and every problem a diagnostic naming the file (and line).</summary>
internal static class OptionFileReader
{
    /// <summary>The file's root node (null when it is empty or unreadable), the reader to report further problems with (it holds a syntax
    /// error), and the refusal of a file that could not be read or decoded.</summary>
    public static (YamlNode? Root, ScenarioYamlReader Reader, ImmutableArray<Diagnostic> Refusal) Load(string path, string scope)
    {
        var reader = new ScenarioYamlReader(path) { Scope = scope };
        string text;
        try
        {
            if (SafeYaml.Decode(File.ReadAllBytes(path), path, out text) is { } refusal) return (null, reader, [refusal]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, reader, [ScenarioMessages.InvalidYaml.ErrorAt(DiagnosticLocation.InFile(path, "file"), e.Message)]);
        }

        var loaded = SafeYaml.Load(text, path, (line, message) => reader.ErrorAt(ScenarioMessages.InvalidYaml, "file", line, message));
        if (loaded.Value is not { } stream) return (null, reader, [.. loaded.Diagnostics]);

        return (stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode, reader, []);
    }
}
