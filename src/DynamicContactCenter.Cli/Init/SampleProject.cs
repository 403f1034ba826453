using DynamicContactCenter.Cli.Calls;
using DynamicContactCenter.Cli.Project;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Storage.Yaml;

namespace DynamicContactCenter.Cli.Init;

/// <summary>The files of a new project as <c>dcc init</c> writes them: the shipped sample (routing data, instance model, flows,
/// scenarios) in the conventional layout, and the dcc.yaml naming them.</summary>
internal static class SampleProject
{
    /// <summary>The dcc.yaml init writes: every path it names, so a reader sees the layout and where to change it.</summary>
    public static readonly string ProjectFile =
        "# dcc project: the files dcc commands run in this folder (or below it) use. Paths are relative to this file.\n" +
        "# Format and lint settings: docs/project.md.\n" +
        $"routing: {DccProject.Layout.Routing}\n" +
        $"instance: {DccProject.Layout.Instance}\n" +
        $"flows: {DccProject.Layout.Flows}\n" +
        $"scenarios: {DccProject.Layout.Scenarios}\n" +
        "# lint:\n" +
        $"#   rules: {{{LintRules.UnreachableAction.Id}: warning}}\n" +
        $"#   paths: {{\"flows/legacy/**\": {{{LintRules.FlowSize.Id}: off}}}}\n";

    /// <summary>Relative path → text of every file of the sample project.</summary>
    public static IEnumerable<(string Path, string Text)> Files()
    {
        yield return (ProjectDiscovery.ProjectFileName, ProjectFile);
        yield return (DccProject.Layout.Routing, EmbeddedRouting());
        yield return (DccProject.Layout.Instance, File.ReadAllText(DefaultCallData.InstanceFile));
        foreach (var folder in (string[])[DccProject.Layout.Flows, DccProject.Layout.Scenarios])
        {
            var shipped = Path.Combine(DefaultCallData.Root, folder);
            if (!Directory.Exists(shipped)) continue;
            foreach (var file in Directory.EnumerateFiles(shipped).Order(StringComparer.Ordinal))
            {
                yield return ($"{folder}/{Path.GetFileName(file)}", File.ReadAllText(file));
            }
        }
    }

    private static string EmbeddedRouting()
    {
        using var stream = typeof(RoutingYamlLoader).Assembly.GetManifestResourceStream(RoutingYamlLoader.EmbeddedResourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
