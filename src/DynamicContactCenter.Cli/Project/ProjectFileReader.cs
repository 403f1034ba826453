using System.Collections.Immutable;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Yaml;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Cli.Project;

/// <summary>Reads a dcc.yaml: the paths of the project's routing data, instance model, flows and scenarios (relative to the file's
/// folder), and its lint settings. A key it leaves out falls back to the conventional place (config/routing.yaml, ...) when that
/// exists, else to the shipped sample.</summary>
internal static class ProjectFileReader
{
    private static readonly string[] TopKeys = ["routing", "instance", "flows", "scenarios", "lint"];
    private static readonly string[] LintKeys = ["rules", "paths"];
    private const string LevelText = "off, warning or error";

    /// <summary>The project dcc.yaml at <paramref name="path"/> describes, or every finding when it cannot be used.</summary>
    /// <param name="path">The absolute path of dcc.yaml.</param>
    /// <param name="display">The file as findings name it.</param>
    public static (DccProject? Project, IReadOnlyList<Diagnostic> Diagnostics) Read(string path, string display)
    {
        var reader = new ProjectYamlReader(display);
        if (SafeYaml.Decode(File.ReadAllBytes(path), display, out var text) is { } refusal) return (null, [refusal]);
        var loaded = SafeYaml.Load(text, display, (line, message) => reader.ErrorAt(ProjectMessages.InvalidYaml, "file", line, message));
        if (!loaded.Succeeded) return (null, loaded.Diagnostics);

        var root = Path.GetDirectoryName(path)!;
        var project = new DccProject(ProjectSource.ProjectFile, root) { ProjectFile = path };
        var document = loaded.Value!.Documents.FirstOrDefault()?.RootNode;
        if (document is null || YamlReader.IsNull(document)) return (Defaults(project), []);
        if (reader.Mapping(document, "file", "a mapping of routing, instance, flows, scenarios and lint") is not { } map) return (null, reader.Diagnostics);

        reader.OnlyKnownKeys(map, "", TopKeys);
        project = Defaults(project) with
        {
            Routing = PathOf(reader, map, "routing", root, "a routing.yaml file", File.Exists) ?? Conventional(root, DccProject.Layout.Routing, File.Exists),
            Instance = PathOf(reader, map, "instance", root, "an instance.yaml file", File.Exists) ?? Conventional(root, DccProject.Layout.Instance, File.Exists),
            Flows = PathOf(reader, map, "flows", root, "a folder of flow .json files", Directory.Exists) ?? Conventional(root, DccProject.Layout.Flows, Directory.Exists),
            Scenarios = PathOf(reader, map, "scenarios", root, "a folder of scenario .yaml files", Directory.Exists)
                ?? Conventional(root, DccProject.Layout.Scenarios, Directory.Exists),
            Lint = LintSettings(reader, YamlReader.Value(map, "lint"), root),
        };
        return reader.HasErrors ? (null, reader.Diagnostics) : (project, reader.Diagnostics);
    }

    /// <summary>The conventional files of <paramref name="project"/>'s folder that exist (what a dcc.yaml that names nothing uses).</summary>
    internal static DccProject Defaults(DccProject project) => project with
    {
        Routing = Conventional(project.Root, DccProject.Layout.Routing, File.Exists),
        Instance = Conventional(project.Root, DccProject.Layout.Instance, File.Exists),
        Flows = Conventional(project.Root, DccProject.Layout.Flows, Directory.Exists),
        Scenarios = Conventional(project.Root, DccProject.Layout.Scenarios, Directory.Exists),
    };

    private static string? Conventional(string root, string relative, Func<string, bool> exists) =>
        Path.GetFullPath(relative, root) is var full && exists(full) ? full : null;

    private static string? PathOf(ProjectYamlReader reader, YamlMappingNode map, string key, string root, string expected, Func<string, bool> exists)
    {
        var node = YamlReader.Value(map, key);
        if (reader.Scalar(node, key, expected) is not { } given) return null;
        var full = Path.GetFullPath(given, root);
        if (!exists(full))
        {
            reader.Error(ProjectMessages.MissingPath, key, node, key, given, expected);
            return null;
        }

        return full;
    }

    private static LintConfiguration LintSettings(ProjectYamlReader reader, YamlNode? node, string root)
    {
        if (reader.Mapping(node, "lint", "a mapping of rules and paths") is not { } lint) return LintConfiguration.None;
        reader.OnlyKnownKeys(lint, "lint", LintKeys);
        var paths = ImmutableArray.CreateBuilder<LintPathSettings>();
        if (reader.Mapping(YamlReader.Value(lint, "paths"), "lint.paths", "a mapping of path glob → rule levels") is { } pathMap)
        {
            foreach (var (glob, levels) in pathMap.Children)
            {
                var pattern = YamlReader.Text(glob);
                paths.Add(new LintPathSettings(pattern, Levels(reader, levels, $"lint.paths[\"{pattern}\"]")));
            }
        }

        return new LintConfiguration { Root = root, Rules = Levels(reader, YamlReader.Value(lint, "rules"), "lint.rules"), Paths = paths.ToImmutable() };
    }

    private static ImmutableDictionary<string, LintLevel> Levels(ProjectYamlReader reader, YamlNode? node, string where)
    {
        var levels = ImmutableDictionary.CreateBuilder<string, LintLevel>(StringComparer.Ordinal);
        if (reader.Mapping(node, where, $"a mapping of rule id → {LevelText}") is not { } map) return levels.ToImmutable();
        foreach (var (key, value) in map.Children)
        {
            var id = YamlReader.Text(key);
            var at = $"{where}.{id}";
            if (LintRules.Find(id) is null)
            {
                reader.Error(ProjectMessages.UnknownLintRule, at, key, id);
                continue;
            }

            // YAML 1.1 reads a bare off as false; the text is what the user wrote either way, so compare the text.
            switch (reader.Scalar(value, at, LevelText)?.ToLowerInvariant())
            {
                case "off" or "false": levels[id] = LintLevel.Off; break;
                case "warning": levels[id] = LintLevel.Warning; break;
                case "error": levels[id] = LintLevel.Error; break;
                case { } other: reader.Error(ProjectMessages.InvalidValue, at, value, other, at, LevelText); break;
            }
        }

        return levels.ToImmutable();
    }
}
