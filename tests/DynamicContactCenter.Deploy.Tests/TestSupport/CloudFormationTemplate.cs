using System.Text.Json.Nodes;
using DynamicContactCenter.Testing;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Deploy.Tests.TestSupport;

/// <summary>A CloudFormation template read from YAML into JSON form, the short-form tags turned into the long form CloudFormation
/// sees (<c>!Ref X</c> → <c>{"Ref": "X"}</c>, <c>!GetAtt A.B</c> → <c>{"Fn::GetAtt": ["A", "B"]}</c>, <c>!Sub s</c> → <c>{"Fn::Sub": s}</c>).
/// Every scalar is a string, as CloudFormation passes them.</summary>
internal sealed class CloudFormationTemplate(JsonObject root)
{
    public static string SourcePath => RepositoryPaths.Combine("deploy", "template.yaml");

    public static CloudFormationTemplate Source { get; } = Load(SourcePath);

    public JsonObject Root { get; } = root;

    public JsonObject Resources => Root[nameof(Resources)]!.AsObject();

    public JsonObject Parameters => Root[nameof(Parameters)]!.AsObject();

    public static CloudFormationTemplate Load(string path) => Parse(File.ReadAllText(path));

    public static CloudFormationTemplate Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return new CloudFormationTemplate(Convert(stream.Documents[0].RootNode)!.AsObject());
    }

    public IEnumerable<string> ResourcesOfType(string type) =>
        Resources.Where(r => (string?)r.Value!["Type"] == type).Select(r => r.Key);

    public string TypeOf(string logicalId) => (string)Resources[logicalId]!["Type"]!;

    public JsonObject Properties(string logicalId) => Resources[logicalId]!["Properties"]!.AsObject();

    private static JsonNode? Convert(YamlNode node)
    {
        var tag = node.Tag.IsEmpty ? null : node.Tag.Value;
        JsonNode? value = node switch
        {
            YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? ""),
            YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Convert)]),
            YamlMappingNode mapping => new JsonObject(mapping.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, Convert(p.Value)))),
            _ => throw new InvalidOperationException($"Unexpected YAML node {node.NodeType} at {node.Start}"),
        };
        if (tag is null || !tag.StartsWith('!'))
        {
            return value;
        }

        var name = tag[1..];
        return name switch
        {
            "Ref" => new JsonObject { ["Ref"] = value },
            "Condition" => new JsonObject { ["Condition"] = value },
            "GetAtt" when value is JsonValue => new JsonObject { ["Fn::GetAtt"] = new JsonArray([.. ((string)value!).Split('.', 2).Select(s => JsonValue.Create(s))]) },
            _ => new JsonObject { ["Fn::" + name] = value },
        };
    }
}
