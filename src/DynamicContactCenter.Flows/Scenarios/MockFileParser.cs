using System.Collections.Immutable;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Yaml;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>Reads the file of <c>dcc call --mock NAME=FILE</c>: a JSON (or YAML) mapping with exactly one of <c>response</c>,
/// <c>responses</c>, <c>throws</c> or <c>timeout</c>, the same body as a scenario's <c>mocks:</c> entry (<see cref="MockReader"/>).</summary>
public static class MockFileParser
{
    /// <summary>The mock of <paramref name="target"/> in the file at <paramref name="path"/>, or the diagnostics naming file, key and what was
    /// expected.</summary>
    public static (FunctionMock? Mock, ImmutableArray<Diagnostic> Diagnostics) ParseFile(string target, string path)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            if (SafeYaml.Decode(File.ReadAllBytes(path), path, out text) is { } refusal) return (null, [refusal]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, [new Diagnostic(ScenarioMessages.InvalidFile.Code, Severity.Error, DiagnosticLocation.InFile(path, "file"), ScenarioMessages.Format(ScenarioMessages.InvalidYaml, e.Message))]);
        }

        var reader = new ScenarioYamlReader(path) { Scope = $"mock '{target}'" };
        var loaded = SafeYaml.Load(text, path, (line, message) => reader.ErrorAt(ScenarioMessages.InvalidFile, "file", line, ScenarioMessages.Format(ScenarioMessages.InvalidYaml, message)));
        if (loaded.Value is not { } stream) return (null, [.. loaded.Diagnostics]);

        YamlNode? root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        if (reader.Mapping(root, "file", $"a mapping with one of {MockReader.BodyKeys}, e.g. {{\"response\": {{\"survey\": \"NPS\"}}}}") is not { } map)
        {
            if (root is null) reader.Report(ScenarioMessages.MissingKey, "file", null, "the mock", $"a mapping with one of {MockReader.BodyKeys}");
            return (null, [.. reader.Diagnostics]);
        }

        reader.OnlyKnownKeys(map, "mock", MockReader.BodyKeyNames);
        var mock = MockReader.ReadBody(reader, map, "mock", target);
        return reader.HasErrors ? (null, [.. reader.Diagnostics]) : (mock, [.. reader.Diagnostics]);
    }
}
