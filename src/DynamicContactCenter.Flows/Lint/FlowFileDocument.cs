using System.Text.Json;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>The flow-language document of a linted flow's file, for the rules that judge how the file is written rather than what the
/// flow does (designer positions, canonical shape): null for a flow given as text, a missing file, or a file whose root is not a
/// flow-language document (a wrapper or a legacy export, which <c>dcc convert</c> and <c>dcc layout</c> turn into one).</summary>
internal static class FlowFileDocument
{
    public static JsonDocument? Read(LintedFlow flow)
    {
        if (flow.File is not { } file || !File.Exists(file)) return null;
        var document = JsonDocument.Parse(File.ReadAllText(file), Parsing.FlowParser.DocumentOptions);
        if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("Actions", out _)) return document;
        document.Dispose();
        return null;
    }
}
