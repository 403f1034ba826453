using System.Globalization;
using DynamicContactCenter.Routing.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Storage.Yaml;

/// <summary>
/// Reads YAML nodes of an expected shape and reports the ones that are not, with file, line and key path.
/// It also remembers the line of every key path it visits, so later findings (validation) can name a line too.
/// </summary>
internal sealed class YamlShape(string file)
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<string, long> _lines = new(StringComparer.Ordinal);

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>The file findings name.</summary>
    public string File => file;

    public void Add(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public bool HasErrors => _diagnostics.Exists(d => d.IsError);

    public void Error(string code, string location, long? line, string format, params object[] args) =>
        _diagnostics.Add(new Diagnostic(code, Severity.Error, file, location, string.Format(CultureInfo.InvariantCulture, format, args)) { Line = line });

    public void Remember(string path, YamlNode node) => _lines.TryAdd(path, node.Start.Line);

    /// <summary>The line of <paramref name="path"/>, or of the nearest enclosing path visited.</summary>
    public long? LineOf(string path)
    {
        while (path.Length > 0)
        {
            if (_lines.TryGetValue(path, out var line))
            {
                return line;
            }

            path = Parent(path);
        }

        return null;
    }

    /// <summary>The entries of <paramref name="node"/> when it is a mapping with scalar keys; reports it and returns none otherwise.</summary>
    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries(YamlNode node, string path, string expected)
    {
        Remember(path, node);
        if (node is not YamlMappingNode mapping)
        {
            if (node is not YamlScalarNode { Value: null or "" })
            {
                Error(StorageMessages.WrongShape.Code, path, node.Start.Line, StorageMessages.WrongShape.Format, path, Describe(node), expected);
            }

            yield break;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } key })
            {
                yield return (key, keyNode, value);
            }
            else
            {
                // The root mapping has the empty path: name it as the top level of the file, as "(document)" is the root's location elsewhere.
                var (location, subject) = path.Length == 0 ? ("(document)", "a key at the top level of " + file) : (path, "a key under " + path);
                Error(StorageMessages.WrongShape.Code, location, keyNode.Start.Line, StorageMessages.WrongShape.Format, subject, Describe(keyNode), "a text key");
            }
        }
    }

    /// <summary>The text of a scalar node (empty for <c>key:</c> with no value); reports any other node and returns null.</summary>
    public string? Scalar(YamlNode node, string path, string expected)
    {
        Remember(path, node);
        if (node is YamlScalarNode scalar)
        {
            // A plain null, ~ or Null is YAML's null, not the text "null": callers would hear "null". Read it as empty,
            // which validation reports as an empty value on this line.
            return scalar is { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "null" or "Null" or "NULL" or "~" } ? "" : scalar.Value ?? "";
        }

        Error(StorageMessages.WrongShape.Code, path, node.Start.Line, StorageMessages.WrongShape.Format, path, Describe(node), expected);
        return null;
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode { Value: null or "" } => "empty",
        YamlScalarNode scalar => $"the text \"{scalar.Value}\"",
        _ => "an alias",
    };

    private static string Parent(string path)
    {
        var lastDot = path.LastIndexOf('.');
        var lastBracket = path.LastIndexOf("[\"", StringComparison.Ordinal);
        if (lastDot > lastBracket && !path.AsSpan(lastDot).Contains('"'))
        {
            return path[..lastDot];
        }

        return lastBracket > 0 ? path[..lastBracket] : "";
    }
}
