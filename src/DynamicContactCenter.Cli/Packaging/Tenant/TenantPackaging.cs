using System.Collections.Immutable;
using System.Text;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Storage.Yaml;

namespace DynamicContactCenter.Cli.Packaging.Tenant;

/// <summary>Fills the source template's generated regions (<see cref="GeneratedRegions"/>) from the files its Metadata
/// <c>DccPackage</c> names (RoutingFile, InstanceFile; relative to the template), for <c>dcc package</c>.</summary>
internal static class TenantPackaging
{
    /// <summary>The text replacements that put this tenant's parts in; problems go to <paramref name="errors"/>.</summary>
    public static IEnumerable<(TextSpan Span, string Text)> Replacements(SourceTemplate source, InstanceResources mode, ImmutableArray<Diagnostic>.Builder errors)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(errors);
        var regions = GeneratedRegions.Find(source.Text, out var regionProblems);
        foreach (var problem in regionProblems)
        {
            errors.Add(PackagingMessages.GeneratedRegionInvalid.ErrorAt(DiagnosticLocation.InFile(source.Path, null), source.Path, problem));
        }

        if (mode == InstanceResources.Create && !regions.Any(r => r.Name == GeneratedRegions.InstanceResources))
        {
            errors.Add(PackagingMessages.GeneratedRegionInvalid.ErrorAt(DiagnosticLocation.InFile(source.Path, "Resources"), source.Path,
                $"--instance-resources create needs a '# dcc-generated: {GeneratedRegions.InstanceResources}' region in Resources, and it has none"));
            return [];
        }

        if (regions.IsEmpty)
        {
            return [];
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(source.Path))!;
        if (source.RoutingFile is null || source.InstanceFile is null)
        {
            errors.Add(PackagingMessages.TenantFileInvalid.ErrorAt(DiagnosticLocation.InFile(source.Path, "Metadata.DccPackage"), source.Path,
                "Metadata.DccPackage", "the template has generated regions but does not name RoutingFile and InstanceFile under Metadata.DccPackage"));
            return [];
        }

        var routingPath = Path.GetFullPath(source.RoutingFile, folder);
        var instancePath = Path.GetFullPath(source.InstanceFile, folder);
        var routing = RoutingYamlLoader.LoadFile(routingPath);
        var instance = InstanceModelLoader.LoadFile(instancePath);
        foreach (var (file, diagnostics) in new[] { (routingPath, routing.Diagnostics), (instancePath, instance.Diagnostics) })
        {
            if (diagnostics.Any(d => d.IsError))
            {
                errors.Add(PackagingMessages.TenantFileInvalid.ErrorAt(DiagnosticLocation.InFile(file, null), source.Path, file,
                    string.Join(" ", diagnostics.Where(d => d.IsError).Select(d => d.ToString()))));
            }
        }

        if (routing.Value is null || instance.Value is null)
        {
            return [];
        }

        var tenant = TenantTemplate.Build(routing.Value, instance.Value, mode, out var missing);
        foreach (var problem in missing)
        {
            errors.Add(PackagingMessages.InstanceResourceMissing.ErrorAt(DiagnosticLocation.InFile(instancePath, "queues"), instancePath, problem));
        }

        if (!missing.IsEmpty)
        {
            return [];
        }

        var texts = tenant.Regions(instance.Value);
        return regions.Select(region => (region.Content, Indented(texts[region.Name], region.Indent))).ToList();
    }

    private static string Indented(IReadOnlyList<string> lines, int indent)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(' ', indent).Append(line).Append('\n');
        }

        return text.ToString();
    }
}
