using DynamicContactCenter.Routing.Yaml;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Cli.Project;

/// <summary>Reads dcc.yaml on the one <see cref="YamlReader"/>, in the project catalogue's words; every key is checked, so a
/// misspelt setting is an error rather than a silently ignored line.</summary>
internal sealed class ProjectYamlReader(string file) : YamlReader(file)
{
    /// <inheritdoc />
    protected override void WrongShape(string path, YamlNode node, string expected) =>
        Error(ProjectMessages.InvalidValue, path, node, Describe(node), path, expected);

    /// <summary>Reports every key of <paramref name="map"/> not in <paramref name="known"/>, naming the key and its line.</summary>
    public void OnlyKnownKeys(YamlMappingNode map, string where, params string[] known)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = Text(key);
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                Error(ProjectMessages.UnknownKey, where.Length == 0 ? name : $"{where}.{name}", key, name, where.Length == 0 ? "dcc.yaml" : where,
                    string.Join(", ", known));
            }
        }
    }
}
