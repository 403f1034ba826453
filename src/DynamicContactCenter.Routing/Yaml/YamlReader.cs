using DynamicContactCenter.Routing.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Routing.Yaml;

/// <summary>
/// The one reader of the nodes of a YAML file that <see cref="SafeYaml"/> loaded (reflection-free, for AOT): typed access to
/// mappings, lists and text, where every node of the wrong shape becomes a <see cref="Diagnostic"/> naming the file, the key
/// path and the line. The routing, instance and scenario readers build on it; each adds only its own words (its catalogue's
/// descriptors, how it names a location).
/// </summary>
/// <remarks>It reads on past every error, so one load reports every problem of a file rather than the first.</remarks>
/// <param name="file">The file findings name, or null when the YAML did not come from a file.</param>
public abstract class YamlReader(string? file)
{
    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>The file findings name, or null.</summary>
    public string? File => file;

    /// <summary>Every finding so far, in the order found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Whether any finding so far makes the file unusable.</summary>
    public bool HasErrors => _diagnostics.Exists(d => d.IsError);

    /// <summary>Records a finding made elsewhere (a <see cref="SafeYaml"/> refusal, a validation rule) with the others.</summary>
    /// <param name="diagnostic">The finding.</param>
    public void Add(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>Records findings made elsewhere (what <see cref="SafeYaml.Load"/> refused) with the others.</summary>
    /// <param name="diagnostics">The findings, in order.</param>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _diagnostics.AddRange(diagnostics);

    /// <summary>Records an error at <paramref name="location"/>, on the line of <paramref name="node"/> when there is one.</summary>
    /// <param name="descriptor">The catalogue entry: code and format.</param>
    /// <param name="location">Where in the file: a key path, e.g. <c>dialedNumbers["+1444"].queue</c>.</param>
    /// <param name="node">The node at fault, for its line; null when no node is (a missing key of an empty file).</param>
    /// <param name="args">The values the format names.</param>
    public void Error(DiagnosticDescriptor descriptor, string location, YamlNode? node, params object?[] args) => ErrorOnLine(descriptor, location, node?.Start.Line, args);

    /// <summary>Records an error at <paramref name="location"/> on <paramref name="line"/>.</summary>
    /// <param name="descriptor">The catalogue entry: code and format.</param>
    /// <param name="location">Where in the file: a key path.</param>
    /// <param name="line">The 1-based line, or null when unknown.</param>
    /// <param name="args">The values the format names.</param>
    public void ErrorOnLine(DiagnosticDescriptor descriptor, string location, long? line, params object?[] args) =>
        _diagnostics.Add(ErrorAt(descriptor, location, line, args));

    /// <summary>An error at <paramref name="location"/> on <paramref name="line"/> of this file, not yet recorded: for the
    /// syntax-error finding <see cref="SafeYaml.Load"/> asks its caller to word.</summary>
    /// <param name="descriptor">The catalogue entry: code and format.</param>
    /// <param name="location">Where in the file: a key path.</param>
    /// <param name="line">The 1-based line, or null when unknown.</param>
    /// <param name="args">The values the format names.</param>
    public Diagnostic ErrorAt(DiagnosticDescriptor descriptor, string location, long? line, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return descriptor.At(DiagnosticLocation.InFile(file, location, line), Severity.Error, args);
    }

    /// <summary>Reports that the node at <paramref name="path"/> is not of the shape the reader expected, in the words of the reader's
    /// own catalogue (each file format has its own code for a wrong value).</summary>
    /// <param name="path">The key path of the node.</param>
    /// <param name="node">The node found.</param>
    /// <param name="expected">What was expected, e.g. <c>a mapping of queue name → status</c>.</param>
    protected abstract void WrongShape(string path, YamlNode node, string expected);

    /// <summary>The node as a mapping; null when it is absent, and reported (then null) when it is anything else.</summary>
    /// <param name="node">The node, or null when the key is absent.</param>
    /// <param name="path">Its key path, for the finding.</param>
    /// <param name="expected">What was expected, for the finding.</param>
    public YamlMappingNode? Mapping(YamlNode? node, string path, string expected) => As<YamlMappingNode>(node, path, expected);

    /// <summary>The node as a list; null when it is absent, and reported (then null) when it is anything else.</summary>
    /// <param name="node">The node, or null when the key is absent.</param>
    /// <param name="path">Its key path, for the finding.</param>
    /// <param name="expected">What was expected, for the finding.</param>
    public YamlSequenceNode? Sequence(YamlNode? node, string path, string expected) => As<YamlSequenceNode>(node, path, expected);

    /// <summary>The text of a scalar node (empty for <c>key:</c> with no value); null when it is absent, and reported (then null)
    /// when it is a mapping or a list.</summary>
    /// <param name="node">The node, or null when the key is absent.</param>
    /// <param name="path">Its key path, for the finding.</param>
    /// <param name="expected">What was expected, for the finding.</param>
    public string? Scalar(YamlNode? node, string path, string expected) => As<YamlScalarNode>(node, path, expected) is { } scalar ? scalar.Value ?? "" : null;

    private T? As<T>(YamlNode? node, string path, string expected)
        where T : YamlNode
    {
        switch (node)
        {
            case null:
                return null;
            case T typed:
                return typed;
            default:
                WrongShape(path, node, expected);
                return null;
        }
    }

    /// <summary>The node under <paramref name="key"/>, null included (<c>key:</c> with no value), or null when the key is absent.</summary>
    /// <param name="map">The mapping.</param>
    /// <param name="key">The text key.</param>
    public static YamlNode? Get(YamlMappingNode map, string key)
    {
        ArgumentNullException.ThrowIfNull(map);
        return map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    /// <summary>The node under <paramref name="key"/>, or null when the key is absent or holds YAML's null.</summary>
    /// <param name="map">The mapping.</param>
    /// <param name="key">The text key.</param>
    public static YamlNode? Value(YamlMappingNode map, string key) => Get(map, key) is { } value && !IsNull(value) ? value : null;

    /// <summary>Whether <paramref name="node"/> is YAML's null: a plain empty scalar, <c>~</c> or <c>null</c> (not the quoted text "null").</summary>
    /// <param name="node">The node.</param>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s && (s.Value is null or "" or "~" or "null");

    /// <summary>A node as a message quotes it: a scalar's text, or what kind of node it is.</summary>
    /// <param name="node">The node.</param>
    public static string Text(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value ?? "",
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ => node?.ToString() ?? "",
    };

    /// <summary>A node as a shape error describes what was found: <c>a mapping</c>, <c>a list</c>, <c>empty</c>, <c>the text "x"</c>.</summary>
    /// <param name="node">The node.</param>
    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode { Value: null or "" } => "empty",
        YamlScalarNode scalar => $"the text \"{scalar.Value}\"",
        _ => "an alias",
    };
}
