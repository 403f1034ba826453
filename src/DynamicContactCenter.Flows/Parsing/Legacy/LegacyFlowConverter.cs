using DynamicContactCenter.Routing.Diagnostics;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using DynamicContactCenter.Flows.Diagnostics;

namespace DynamicContactCenter.Flows.Parsing.Legacy;

/// <summary>What <see cref="LegacyFlowConverter.Convert"/> produced.</summary>
/// <param name="Flow">The flow-language document, or null when the input was not a readable legacy export.</param>
/// <param name="Diagnostics">Every finding; errors name the module and field.</param>
public sealed record LegacyConversion(JsonObject? Flow, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when a flow was produced.</summary>
    public bool Succeeded => Flow is not null;
}

/// <summary>The legacy reader as a converter (<c>dcc convert</c>): a legacy export in, the same flow as flow language out.</summary>
public static class LegacyFlowConverter
{
    /// <summary>Converts legacy export text (bare, or wrapped as the parser accepts it) into a flow-language document.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="file">The file, for diagnostics.</param>
    public static LegacyConversion Convert(string json, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var fallbackName = file is null ? "flow" : Path.GetFileNameWithoutExtension(file);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return new LegacyConversion(null, [FlowParser.Error(FlowMessages.InvalidJson.Code, file, fallbackName, null, null, FlowMessages.InvalidJson.Format, e.Message)]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (!LegacyFlowTranslator.IsLegacy(root))
            {
                var message = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("Actions", out _)
                    ? "the file is already flow language (Version 2019-10-30); there is nothing to convert."
                    : "the document is not a legacy flow export: expected an object with modules, start and version \"1\".";
                return new LegacyConversion(null, [FlowParser.Error(FlowMessages.NotAFlow.Code, file, fallbackName, null, null, message)]);
            }

            var translation = LegacyFlowTranslator.Translate(root, file, LegacyFlowTranslator.Name(root) ?? fallbackName);
            return new LegacyConversion(translation.Document, translation.Diagnostics);
        }
    }
}
