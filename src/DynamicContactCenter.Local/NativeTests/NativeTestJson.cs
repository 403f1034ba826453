using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DynamicContactCenter.Local.NativeTests;

/// <summary>Writes the export's JSON byte-stable: keys sorted ordinally at every level, two-space indent, <c>\n</c> line ends, text
/// unescaped where JSON allows (so a prompt reads the same in the file as in the routing data). Re-exporting unchanged scenarios
/// therefore changes no byte, and the golden files in the tests diff cleanly.</summary>
public static class NativeTestJson
{
    /// <summary>The document as a file: indented, ending with one <c>\n</c>.</summary>
    public static string Indented(JsonNode node) => Write(node, indented: true) + "\n";

    /// <summary>The document on one line (CreateTestCase's <c>Content</c> and <c>InitializationData</c> are JSON strings).</summary>
    public static string Compact(JsonNode node) => Write(node, indented: false);

    private static string Write(JsonNode node, bool indented)
    {
        ArgumentNullException.ThrowIfNull(node);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteNode(writer, node);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    WriteNode(writer, value);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array) WriteNode(writer, item);
                writer.WriteEndArray();
                break;
            default:
                node.AsValue().WriteTo(writer);
                break;
        }
    }
}
