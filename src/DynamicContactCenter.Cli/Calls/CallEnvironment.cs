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

    /// <summary>Loads the instance model a command uses: <paramref name="given"/> (an <c>--instance</c> value) when set, else the
    /// project's (dcc.yaml, ./config, or the shipped one); null with the reason written when it cannot be used.</summary>
    public static async Task<(InstanceModel Instance, FlowCatalog Catalog)?> LoadInstanceAsync(string? given, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await context.ProjectSession.OpenAsync(context) is not { } project) return null;
        return await LoadInstanceAsync(given is null ? project.Instance : context.ResolvePath(given), context.Error);
    }
}
