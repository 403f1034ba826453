using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.Yaml;

namespace DynamicContactCenter.Cli.Commands.Config;

/// <summary>Loads the routing file given to <c>dcc config plan|apply</c>, with the same rules as every other load.</summary>
internal static class ConfigRoutingFile
{
    /// <summary>The validated data, or null after writing every finding (or why the file is missing) to <see cref="CliContext.Error"/>.</summary>
    public static async Task<RoutingData?> LoadAsync(string file, CliContext context)
    {
        var path = context.ResolvePath(file);
        if (!File.Exists(path))
        {
            await context.Error.WriteLineAsync($"error: routing file '{path}' does not exist (expected a routing.yaml, format: config/routing.yaml).");
            return null;
        }

        var loaded = RoutingYamlLoader.LoadFile(path);
        foreach (var diagnostic in loaded.Diagnostics)
        {
            await context.Error.WriteLineAsync(diagnostic.ToString());
        }

        if (!loaded.Succeeded)
        {
            await context.Error.WriteLineAsync($"error: {file} has {loaded.Errors.Count()} error(s); nothing was compared or written.");
            return null;
        }

        return loaded.Value;
    }
}
