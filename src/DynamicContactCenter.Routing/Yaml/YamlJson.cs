using System.Text;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Routing.Yaml;

/// <summary>A YAML node as the JSON body a function would return: a mapping is an object, a list an array, and every scalar a JSON
/// string (so a flat mapping is the STRING_MAP shape Connect validates, and a nested one is not). The one conversion behind the instance
/// model's <c>stub:</c> responses and scenario and call mocks.</summary>
public static class YamlJson
{
    /// <summary>The JSON text of <paramref name="node"/>.</summary>
    public static string Write(YamlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteNode(writer, node);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNode(Utf8JsonWriter writer, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode map:
                writer.WriteStartObject();
                foreach (var (key, value) in map.Children)
                {
                    writer.WritePropertyName(YamlReader.Text(key));
                    WriteNode(writer, value);
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Children) WriteNode(writer, item);
                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(YamlReader.Text(node));
                break;
        }
    }
}
