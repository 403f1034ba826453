using DynamicContactCenter.Flows.Scenarios;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Cli.Scenarios;

/// <summary>Finds and parses the scenario files named on the command line: files as given, folders searched for <c>*.yaml</c> and
/// <c>*.yml</c> (recursively, in name order).</summary>
internal static class ScenarioSources
{
    /// <summary>The parsed files, or every diagnostic when any path is missing or any file is bad (nothing runs then).</summary>
    /// <remarks>The queues the scenarios' <c>agents:</c> name are checked against <paramref name="instance"/>.</remarks>
    public static (List<ScenarioFile> Files, List<string> Errors) Load(IEnumerable<string> paths, CliContext context, Flows.Instance.InstanceModel instance)
    {
        var files = new List<ScenarioFile>();
        var errors = new List<string>();
        foreach (var given in paths)
        {
            var full = context.ResolvePath(given);
            IEnumerable<string> found;
            if (File.Exists(full))
            {
                found = [full];
            }
            else if (Directory.Exists(full))
            {
                found = Directory.EnumerateFiles(full, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal).ToList();
                if (!found.Any()) errors.Add($"error: folder '{given}' holds no scenario files (*.yaml, *.yml).");
            }
            else
            {
                errors.Add($"error: scenario path '{given}' does not exist (expected a scenario .yaml file or a folder of them).");
                continue;
            }

            foreach (var file in found)
            {
                var parsed = ScenarioParser.ParseFile(file, Display(file, context), instance);
                errors.AddRange(parsed.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
                if (parsed.Value is { } scenarios) files.Add(scenarios);
            }
        }

        return (files, errors);
    }

    /// <summary>The path relative to the working folder when it is under it (what a user typed), else absolute.</summary>
    internal static string Display(string path, CliContext context) => Project.ProjectDiscovery.Display(path, context.WorkingDirectory);
}
