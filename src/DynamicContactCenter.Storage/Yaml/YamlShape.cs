using DynamicContactCenter.Routing.Yaml;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Storage.Yaml;

/// <summary>
/// Reads YAML nodes of an expected shape and reports the ones that are not, with file, line and key path.
/// It also remembers the line of every key path it visits, so later findings (validation) can name a line too.
/// </summary>
internal sealed class YamlShape(string file) : YamlReader(file)
{
    private readonly Dictionary<string, long> _lines = new(StringComparer.Ordinal);

    /// <inheritdoc />
    protected override void WrongShape(string path, YamlNode node, string expected) =>
        Error(StorageMessages.WrongShape, path, node, path, Describe(node), expected);

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
                WrongShape(path, node, expected);
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
                var (location, subject) = path.Length == 0 ? ("(document)", "a key at the top level of " + File) : (path, "a key under " + path);
                Error(StorageMessages.WrongShape, location, keyNode, subject, Describe(keyNode), "a text key");
            }
        }
    }

    /// <summary>The text of a scalar node (empty for <c>key:</c> with no value); reports any other node and returns null.</summary>
    public string? Text(YamlNode node, string path, string expected)
    {
        Remember(path, node);
        // A plain null, ~ or Null is YAML's null, not the text "null": callers would hear "null". Read it as empty,
        // which validation reports as an empty value on this line.
        return node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "null" or "Null" or "NULL" or "~" } ? "" : Scalar(node, path, expected);
    }

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
