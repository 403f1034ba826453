using DynamicContactCenter.Flows.Catalog;
using DynamicContactCenter.Flows.Instance;

namespace DynamicContactCenter.Cli.Calls;

/// <summary>Loads what a command's simulated contact center (<c>DynamicContactCenter.Local.LocalContactCenter</c>) is built from.</summary>
internal static class CallEnvironment
{
    /// <summary>Loads the instance model (the shipped default when <paramref name="instanceFile"/> is null) and its flow catalog;
    /// writes every finding to <paramref name="error"/> and returns null when the model cannot be used.</summary>
    public static async Task<(InstanceModel Instance, FlowCatalog Catalog)?> LoadInstanceAsync(string? instanceFile, TextWriter error)
    {
        var path = instanceFile ?? DefaultCallData.InstanceFile;
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"error: instance file '{path}' does not exist (--instance expects an instance.yaml like config/instance.yaml).");
            return null;
        }

        var loaded = InstanceModelLoader.LoadFile(path);
        foreach (var diagnostic in loaded.Diagnostics)
        {
            await error.WriteLineAsync(diagnostic.ToString());
        }

        return loaded.Value is { } model ? (model, new FlowCatalog(model)) : null;
    }
}
