using System.Collections.Immutable;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.Yaml;
using RoutingDiagnostic = DynamicContactCenter.Routing.Diagnostics.Diagnostic;

namespace DynamicContactCenter.Cli.Commands;

/// <summary>Gathers what <c>dcc lint</c> checks: the flows (given paths, or the instance model's flows) and the routing data (a given
/// file, the routing.yaml beside the instance file, or the embedded sample).</summary>
internal static class LintInputs
{
    /// <summary>The flows at <paramref name="paths"/> (files, or folders of <c>*.json</c>), or null with the reason written when a path does not exist.
    /// A flow's type is the instance model's, else what its file declares, else <paramref name="flowType"/> (<c>--type</c>), else lint infers it.</summary>
    public static async Task<ImmutableArray<LintedFlow>?> FlowsAsync(IReadOnlyList<string> paths, InstanceModel instance, CliContext context, string? flowType = null)
    {
        var flows = ImmutableArray.CreateBuilder<LintedFlow>();
        foreach (var given in paths)
        {
            var path = context.ResolvePath(given);
            IEnumerable<string> files;
            if (Directory.Exists(path))
            {
                files = Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal);
            }
            else if (File.Exists(path))
            {
                files = [path];
            }
            else
            {
                await context.Error.WriteLineAsync($"error: '{given}' is not a flow file or folder (dcc lint expects flow JSON files or folders of them).");
                return null;
            }

            foreach (var file in files)
            {
                var flow = LintedFlow.FromFile(file);
                var known = instance.FindFlow(flow.Name);
                flows.Add(known is null ? flow.WhenUndeclared(flowType) : flow with { FlowType = known.Type, TypeDeclared = true });
            }
        }

        return flows.ToImmutable();
    }

    /// <summary>The flows the instance model lists, with their type; a listed file that is missing becomes an unreadable-file finding.</summary>
    public static ImmutableArray<LintedFlow> InstanceFlows(InstanceModel instance)
    {
        var roots = new List<string>();
        if (instance.File is not null && Path.GetDirectoryName(Path.GetFullPath(instance.File)) is { } folder)
        {
            roots.Add(folder);
            if (Path.GetDirectoryName(folder) is { } parent) roots.Add(parent);
        }

        return [.. instance.Flows.Where(f => f.File is not null).Select(f =>
        {
            var path = roots.Select(r => Path.GetFullPath(Path.Combine(r, f.File!))).FirstOrDefault(File.Exists) ?? Path.GetFullPath(Path.Combine(roots.FirstOrDefault() ?? ".", f.File!));
            return LintedFlow.FromFile(path, f.Name, f.Type);
        })];
    }

    /// <summary>Loads the routing data: <paramref name="routingFile"/>, else <c>routing.yaml</c> beside the instance file, else the embedded sample.</summary>
    public static (RoutingData? Data, string File, ImmutableArray<RoutingDiagnostic> Diagnostics)? Routing(string? routingFile, InstanceModel instance, CliContext context)
    {
        routingFile ??= context.ProjectSession.Peek(context)?.Routing; // the project's (dcc.yaml or ./config) before the fallbacks below
        if (routingFile is not null)
        {
            var path = context.ResolvePath(routingFile);
            if (!File.Exists(path))
            {
                context.Error.WriteLine($"error: routing file '{path}' does not exist (--routing expects a routing.yaml).");
                return null;
            }

            var loaded = RoutingYamlLoader.LoadFile(path);
            return (loaded.Value, path, loaded.Diagnostics);
        }

        if (instance.File is not null && Path.GetDirectoryName(Path.GetFullPath(instance.File)) is { } folder && File.Exists(Path.Combine(folder, "routing.yaml")))
        {
            var beside = Path.Combine(folder, "routing.yaml");
            var loaded = RoutingYamlLoader.LoadFile(beside);
            return (loaded.Value, beside, loaded.Diagnostics);
        }

        using var stream = typeof(RoutingYamlLoader).Assembly.GetManifestResourceStream(RoutingYamlLoader.EmbeddedResourceName)!;
        using var reader = new StreamReader(stream);
        var embedded = RoutingYamlLoader.Load(reader.ReadToEnd(), RoutingYamlLoader.EmbeddedFileName);
        return (embedded.Value, RoutingYamlLoader.EmbeddedFileName, embedded.Diagnostics);
    }

    /// <summary>What <c>dcc lint</c> checks when given no path: the instance model's flows and every flow file of the project's flows
    /// folder (a flow a team exported into flows/ is linted before anything lists it), each file once.</summary>
    public static async Task<ImmutableArray<LintedFlow>?> ProjectFlowsAsync(InstanceModel instance, CliContext context)
    {
        var listed = InstanceFlows(instance);
        if (context.ProjectSession.Peek(context)?.Flows is not { } folder) return listed;
        if (await FlowsAsync([folder], instance, context) is not { } inFolder) return null;
        var seen = listed.Where(f => f.File is not null).Select(f => Path.GetFullPath(f.File!)).ToHashSet(StringComparer.Ordinal);
        return [.. listed, .. inFolder.Where(f => f.File is null || !seen.Contains(Path.GetFullPath(f.File)))];
    }
}
