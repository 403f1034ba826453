using System.Collections.Immutable;
using DynamicContactCenter.Routing.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Cli.Packaging;

/// <summary>
/// What <c>dcc package</c> needs from the source template (deploy/template.yaml): its parameters, resource types, the
/// contact flows' Content paths and the functions' handlers and architectures, each with where it sits in the text so the
/// packaged template is the source with those values replaced (comments and layout kept).
/// </summary>
internal sealed class SourceTemplate
{
    public const string ContactFlowType = "AWS::Connect::ContactFlow";
    public const string FunctionType = "AWS::Lambda::Function";

    private SourceTemplate(string path, string text)
    {
        Path = path;
        Text = text;
    }

    /// <summary>The template file.</summary>
    public string Path { get; }

    /// <summary>The template text with line breaks normalised to \n (the offsets below index into it).</summary>
    public string Text { get; }

    /// <summary>Parameter names, in template order.</summary>
    public ImmutableArray<string> Parameters { get; private init; } = [];

    /// <summary>Parameters without a Default: a deploy must give them.</summary>
    public ImmutableArray<string> RequiredParameters { get; private init; } = [];

    /// <summary>Resource logical id → Type.</summary>
    public ImmutableDictionary<string, string> ResourceTypes { get; private init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The AWS::Connect::ContactFlow resources, in template order.</summary>
    public ImmutableArray<TemplateFlow> Flows { get; private init; } = [];

    /// <summary>The AWS::Lambda::Function resources, in template order.</summary>
    public ImmutableArray<TemplateFunction> Functions { get; private init; } = [];

    /// <summary>Metadata.DccPackage.RoutingFile: the routing file the generated regions come from (relative to the template), or null.</summary>
    public string? RoutingFile { get; private init; }

    /// <summary>Metadata.DccPackage.InstanceFile: the instance model the generated regions come from (relative to the template), or null.</summary>
    public string? InstanceFile { get; private init; }

    /// <summary>Reads and parses <paramref name="path"/>; null with the reasons when it is not a usable template.</summary>
    public static SourceTemplate? Load(string path, out ImmutableArray<Diagnostic> errors)
    {
        string text;
        try
        {
            text = File.ReadAllText(path).ReplaceLineEndings("\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors = [PackagingMessages.TemplateUnreadable.ErrorAt(DiagnosticLocation.InFile(path, null), path, e.Message)];
            return null;
        }

        return Parse(text, path, out errors);
    }

    /// <summary>Parses template text; <paramref name="path"/> names it in messages and anchors relative Content paths.</summary>
    public static SourceTemplate? Parse(string text, string path, out ImmutableArray<Diagnostic> errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            errors = [PackagingMessages.TemplateNotYaml.ErrorAt(DiagnosticLocation.InFile(path, null, e.Start.Line), path, $"line {e.Start.Line}: {e.Message}")];
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors = [Shape(path, null, "top-level mapping")];
            return null;
        }

        if (Child(root, "Resources") is not YamlMappingNode resources)
        {
            errors = [Shape(path, "Resources", "Resources section")];
            return null;
        }

        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        var parameters = Child(root, "Parameters") is YamlMappingNode parameterNodes
            ? parameterNodes.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value!).ToImmutableArray()
            : [];
        var required = Child(root, "Parameters") is YamlMappingNode parameterMap
            ? parameterMap.Children.Where(p => p.Value is YamlMappingNode m && Child(m, "Default") is null)
                .Select(p => ((YamlScalarNode)p.Key).Value!).ToImmutableArray()
            : [];
        var types = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var flows = ImmutableArray.CreateBuilder<TemplateFlow>();
        var functions = ImmutableArray.CreateBuilder<TemplateFunction>();
        foreach (var (keyNode, value) in resources.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } id } || value is not YamlMappingNode resource)
            {
                continue;
            }

            var type = (Child(resource, "Type") as YamlScalarNode)?.Value ?? "";
            types[id] = type;
            var properties = Child(resource, "Properties") as YamlMappingNode;
            if (type == ContactFlowType)
            {
                var contentKey = properties?.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value == "Content");
                if (contentKey is null || properties!.Children[contentKey] is not YamlScalarNode { Tag.IsEmpty: true, Value.Length: > 0 } content)
                {
                    problems.Add(PackagingMessages.FlowContentNotPath.ErrorAt(
                        DiagnosticLocation.InFile(path, $"Resources.{id}.Properties.Content", (contentKey ?? keyNode).Start.Line), path, id));
                    continue;
                }

                flows.Add(new TemplateFlow(id, content.Value!, Offset(text, content.Start), Indent(text, contentKey.Start)));
            }
            else if (type == FunctionType)
            {
                var handler = (Child(properties, "Handler") as YamlScalarNode)?.Value;
                var spans = Child(properties, "Architectures") is YamlSequenceNode architectures
                    ? architectures.Children.OfType<YamlScalarNode>().Select(a => new TextSpan(Offset(text, a.Start), Offset(text, a.End))).ToImmutableArray()
                    : [];
                functions.Add(new TemplateFunction(id, handler, spans));
            }
        }

        errors = problems.ToImmutable();
        var tenantFiles = Child(Child(root, "Metadata") as YamlMappingNode, "DccPackage") as YamlMappingNode;
        return errors.IsEmpty
            ? new SourceTemplate(path, text)
            {
                Parameters = parameters,
                RequiredParameters = required,
                ResourceTypes = types.ToImmutable(),
                Flows = flows.ToImmutable(),
                Functions = functions.ToImmutable(),
                RoutingFile = (Child(tenantFiles, "RoutingFile") as YamlScalarNode)?.Value,
                InstanceFile = (Child(tenantFiles, "InstanceFile") as YamlScalarNode)?.Value,
            }
            : null;
    }

    private static YamlNode? Child(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static Diagnostic Shape(string path, string? field, string what) =>
        PackagingMessages.TemplateShape.ErrorAt(DiagnosticLocation.InFile(path, field), path, what);

    // YamlDotNet counts characters from the start of the text it read, which is Text.
    private static int Offset(string text, Mark mark) => (int)Math.Min(mark.Index, text.Length);

    private static int Indent(string text, Mark mark)
    {
        var offset = Offset(text, mark);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        return offset - lineStart;
    }
}
