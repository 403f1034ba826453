using System.Collections.Immutable;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Routing.Diagnostics;

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
        var (root, reader, refusal) = OptionFileReader.Load(path, $"mock '{target}'");
        if (!refusal.IsEmpty || reader.HasErrors) return (null, [.. refusal, .. reader.Diagnostics]);
        if (reader.Mapping(root, "file", $"a mapping with one of {MockReader.BodyKeys}, e.g. {{\"response\": {{\"survey\": \"NPS\"}}}}") is not { } map)
        {
            if (root is null) reader.Report(ScenarioMessages.MissingKey, "file", null, "the mock", $"a mapping with one of {MockReader.BodyKeys}");
            return (null, [.. reader.Diagnostics]);
        }

        reader.OnlyKnownKeys(map, "mock", [.. MockReader.BodyKeyNames, .. MockReader.OptionKeyNames]);
        var mock = MockReader.ReadBody(reader, map, "mock", target);
        return reader.HasErrors ? (null, [.. reader.Diagnostics]) : (mock, [.. reader.Diagnostics]);
    }
}
