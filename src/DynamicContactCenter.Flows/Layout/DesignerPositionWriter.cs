using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DynamicContactCenter.Flows.Layout;

/// <summary>Writes designer positions into a flow document's text. Only the value of the top-level <c>Metadata</c> changes (its
/// other keys and each action's other metadata are kept); every byte before and after it stays as it was, so a laid-out flow's
/// diff shows positions only and a second run changes nothing.</summary>
public static class DesignerPositionWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The text of <paramref name="json"/> with <paramref name="positions"/> written into its Metadata.</summary>
    /// <param name="json">A flow document (an object).</param>
    /// <param name="positions">The positions to write.</param>
    public static string Write(string json, FlowPositions positions)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(positions);
        var root = JsonNode.Parse(json, documentOptions: Parsing.FlowParser.DocumentOptions)!.AsObject();
        var metadata = root["Metadata"] as JsonObject ?? [];
        metadata["entryPointPosition"] = PositionNode(positions.EntryPoint);
        var actionMetadata = metadata["ActionMetadata"] as JsonObject ?? [];
        foreach (var (id, at) in positions.Actions)
        {
            var entry = actionMetadata[id] as JsonObject ?? [];
            entry["position"] = PositionNode(at);
            actionMetadata[id] = entry;
        }

        metadata["ActionMetadata"] = actionMetadata;
        var newline = json.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        if (MetadataSpan(json) is not { } span)
        {
            root["Metadata"] = metadata.DeepClone();
            return root.ToJsonString(Indented).ReplaceLineEndings(newline) + newline;
        }

        // Indented as a member of the root object, as the repository's flows are (two spaces a level).
        var text = metadata.ToJsonString(Indented).ReplaceLineEndings(newline + "  ");
        return string.Concat(json.AsSpan(0, span.Start), text, json.AsSpan(span.End));
    }

    private static JsonObject PositionNode(DesignerPosition at) => new() { ["x"] = at.X, ["y"] = at.Y };

    /// <summary>Where the top-level Metadata value starts and ends in <paramref name="json"/> (character offsets), or null.</summary>
    private static (int Start, int End)? MetadataSpan(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("Metadata"))
            {
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                var end = (int)reader.BytesConsumed;
                return (Encoding.UTF8.GetCharCount(bytes, 0, start), Encoding.UTF8.GetCharCount(bytes, 0, end));
            }
        }

        return null;
    }
}
