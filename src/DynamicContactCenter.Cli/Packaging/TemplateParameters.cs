using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Cli.Packaging;

/// <summary>Reads the Parameters section of a template's text: the packaged template's parameters are what the tenant's files
/// made them (<see cref="Tenant.TenantTemplate"/>), so the deploy command and the <c>--parameter</c> check read them from it.</summary>
internal static class TemplateParameters
{
    /// <summary>The parameters of <paramref name="templateText"/>, in template order (none when it has no Parameters section).</summary>
    public static ImmutableArray<TemplateParameter> Read(string templateText)
    {
        ArgumentNullException.ThrowIfNull(templateText);
        var stream = new YamlStream();
        stream.Load(new StringReader(templateText));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("Parameters"), out var section) || section is not YamlMappingNode parameters)
        {
            return [];
        }

        return [.. parameters.Children.Where(p => p.Key is YamlScalarNode && p.Value is YamlMappingNode).Select(p =>
        {
            var map = (YamlMappingNode)p.Value;
            return new TemplateParameter(((YamlScalarNode)p.Key).Value!, Text(map, "Default"),
                Child(map, "AllowedValues") is YamlSequenceNode values ? [.. values.Children.OfType<YamlScalarNode>().Select(v => v.Value ?? "")] : [],
                Text(map, "AllowedPattern"), Number(map, "MinLength"), Number(map, "MaxLength"), Text(map, "ConstraintDescription"));
        })];
    }

    private static YamlNode? Child(YamlMappingNode map, string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static string? Text(YamlMappingNode map, string key) => (Child(map, key) as YamlScalarNode)?.Value;

    private static int? Number(YamlMappingNode map, string key) =>
        int.TryParse(Text(map, key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}
