using System.Collections.Immutable;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Routing.Validation;
using DynamicContactCenter.Routing.Yaml;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Storage.Yaml;

/// <summary>
/// Loads routing.yaml (format: config/routing.yaml) into validated <see cref="RoutingData"/>, with the organisation
/// substituted into prompts. Every problem is a <see cref="Diagnostic"/> naming file, line and key path; a file with
/// any error yields no data, so invalid data never becomes a store.
/// </summary>
/// <remarks>Uses YamlDotNet's RepresentationModel only (no reflection), so it is safe under Native AOT.</remarks>
public static class RoutingYamlLoader
{
    /// <summary>The manifest name of the embedded default (the sample tenant, built from config/routing.yaml).</summary>
    public const string EmbeddedResourceName = "DynamicContactCenter.Storage.routing.yaml";

    /// <summary>The name findings about the embedded default carry as their file.</summary>
    public const string EmbeddedFileName = "routing.yaml (embedded default)";

    /// <summary>Loads routing data from YAML text.</summary>
    /// <param name="yaml">The file content.</param>
    /// <param name="file">The file name to put in findings (as the user wrote it, e.g. <c>config/routing.yaml</c>).</param>
    public static Result<RoutingData> Load(string yaml, string file)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var shape = new YamlShape(file);
        var root = Parse(yaml, shape);
        if (root is null)
        {
            return new Result<RoutingData>(null, [.. shape.Diagnostics]);
        }

        var data = new RoutingYamlReader(shape).Read(root);

        // Validation still runs after shape errors so one pass reports everything, but a path the shape check already
        // reported (e.g. a missing queue) is not reported again as an empty value.
        var reported = shape.Diagnostics.Select(d => d.Location.Field ?? "").ToHashSet(StringComparer.Ordinal);
        var findings = RoutingValidator.Validate(data, file)
            .Where(d => !reported.Contains(d.Location.Field ?? ""))
            .Select(d => d.OnLine(shape.LineOf(d.Location.Field ?? "")));
        var diagnostics = shape.Diagnostics.Concat(findings).ToImmutableArray();
        return new Result<RoutingData>(data, diagnostics);
    }

    /// <summary>Loads routing data from a file; an unreadable file is a finding, not an exception.</summary>
    /// <param name="path">The path to read, also used as the file name in findings.</param>
    public static Result<RoutingData> LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string yaml;
        try
        {
            var refusal = SafeYaml.Decode(File.ReadAllBytes(path), path, out yaml);
            if (refusal is not null)
            {
                return new Result<RoutingData>(null, [refusal]);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            var unreadable = StorageMessages.UnreadableFile.At(DiagnosticLocation.InFile(path, "(file)"), Severity.Error, path, e.Message);
            return new Result<RoutingData>(null, [unreadable]);
        }

        return Load(yaml, path);
    }

    /// <summary>The embedded default routing data (the sample tenant).</summary>
    /// <exception cref="InvalidOperationException">The embedded file is missing or invalid: a build defect, caught by the tests.</exception>
    public static RoutingData LoadEmbedded()
    {
        using var stream = typeof(RoutingYamlLoader).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {EmbeddedResourceName} is missing from {typeof(RoutingYamlLoader).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var result = Load(reader.ReadToEnd(), EmbeddedFileName);
        return result.Value ?? throw new InvalidOperationException(
            "The embedded routing.yaml is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, result.Errors));
    }

    private static YamlMappingNode? Parse(string yaml, YamlShape shape)
    {
        var loaded = SafeYaml.Load(yaml, shape.File, (line, message) => shape.ErrorAt(StorageMessages.YamlSyntax, "(document)", line, message));
        if (loaded.Value is not { } stream)
        {
            shape.AddRange(loaded.Diagnostics);
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            shape.ErrorOnLine(StorageMessages.ExtraDocuments, "(document)", stream.Documents[1].RootNode.Start.Line, stream.Documents.Count);
            return null;
        }

        var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        switch (root)
        {
            case YamlMappingNode mapping:
                return mapping;
            case null or YamlScalarNode { Value: null or "" }:
                shape.ErrorOnLine(StorageMessages.EmptyDocument, "(document)", 1);
                return null;
            default:
                shape.ErrorOnLine(StorageMessages.WrongShape, "(document)", root.Start.Line, "the document", YamlReader.Describe(root), "a mapping with organisation, defaultLanguage, environments, dialedNumbers and languages");
                return null;
        }
    }
}
