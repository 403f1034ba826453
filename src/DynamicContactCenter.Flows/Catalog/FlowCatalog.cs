using System.Collections.Concurrent;
using System.Collections.Immutable;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Parsing;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Catalog;

/// <summary>Finds flows by name, ARN, id or file: names and ARNs through the instance model, files relative to the instance file's
/// folder, the repository root (its parent) or any extra search root. Each reference is resolved and each file parsed once per catalog; thread-safe.</summary>
public sealed class FlowCatalog : Execution.IFlowResolver
{
    private readonly InstanceModel _instance;
    private readonly ImmutableArray<string> _roots;
    private readonly ConcurrentDictionary<string, Result<FlowModel>> _parsed = new(StringComparer.Ordinal);

    // Every TransferToFlow resolves its target; without this each call asked the disk (File.Exists) once per flow entry,
    // about a fifth of a simulated call's time (bench/README.md). Files are read once per catalog anyway.
    private readonly ConcurrentDictionary<string, FlowResolution> _resolutions = new(StringComparer.Ordinal);

    /// <summary>Creates a catalog over <paramref name="instance"/>.</summary>
    /// <param name="instance">The instance model that names the flows.</param>
    /// <param name="searchRoots">Extra folders to resolve relative flow files against, tried after the instance file's folder and its parent.</param>
    public FlowCatalog(InstanceModel instance, IEnumerable<string>? searchRoots = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        _instance = instance;
        var roots = new List<string>();
        if (instance.File is not null && Path.GetDirectoryName(Path.GetFullPath(instance.File)) is { } folder)
        {
            roots.Add(folder);
            if (Path.GetDirectoryName(folder) is { } parent) roots.Add(parent);
        }

        roots.AddRange((searchRoots ?? []).Select(Path.GetFullPath));
        _roots = [.. roots.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The instance model the catalog resolves names against.</summary>
    public InstanceModel Instance => _instance;

    /// <summary>Resolves <paramref name="reference"/>: a flow name, ARN or id of the instance model, or a flow file path.</summary>
    public FlowResolution Resolve(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return _resolutions.GetOrAdd(reference, ResolveUncached);
    }

    private FlowResolution ResolveUncached(string reference)
    {
        var definition = _instance.FindFlow(reference);
        if (definition is not null)
        {
            if (definition.File is null)
            {
                return Unknown(reference, $"flow {definition.Name} has no file: in the instance model");
            }

            var path = FindFile(definition.File);
            if (path is null)
            {
                return Unknown(reference, $"flow file {definition.File} of {definition.Name} was not found under {string.Join(", ", _roots)}");
            }

            var parsed = Parse(path, definition.Name);
            return new FlowResolution(parsed.Value, definition.Arn, definition.Type, parsed.Diagnostics);
        }

        if (LooksLikeFile(reference) && FindFile(reference) is { } file)
        {
            var parsed = Parse(file, null);
            // A file the instance also lists keeps its ARN and type, so transfers by ARN find the same flow.
            var known = parsed.Value is null ? null : _instance.FindFlow(parsed.Value.Name);
            return new FlowResolution(parsed.Value, known?.Arn, known?.Type ?? "CONTACT_FLOW", parsed.Diagnostics);
        }

        return Unknown(reference, null);
    }

    private Result<FlowModel> Parse(string path, string? name) =>
        _parsed.GetOrAdd(path + "\n" + name, _ => FlowParser.ParseFile(path, name));

    private string? FindFile(string file)
    {
        if (Path.IsPathRooted(file)) return File.Exists(file) ? file : null;
        foreach (var root in _roots)
        {
            var candidate = Path.GetFullPath(Path.Combine(root, file));
            if (File.Exists(candidate)) return candidate;
        }

        var relative = Path.GetFullPath(file);
        return File.Exists(relative) ? relative : null;
    }

    private static bool LooksLikeFile(string reference) =>
        reference.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || reference.Contains('/', StringComparison.Ordinal) && !reference.StartsWith("arn:", StringComparison.Ordinal);

    private FlowResolution Unknown(string reference, string? detail) =>
        new(null, null, "CONTACT_FLOW",
        [
            new Diagnostic(FlowMessages.UnknownFlow.Code, Severity.Error, DiagnosticLocation.InFile(_instance.File, null),
                FlowMessages.UnknownFlow.Message(reference) + (detail is null ? "" : $" ({detail})")),
        ]);
}
