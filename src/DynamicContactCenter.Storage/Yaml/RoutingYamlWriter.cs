using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Routing.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Storage.Yaml;

/// <summary>Writes <see cref="RoutingData"/> as routing.yaml text (for <c>dcc config export</c>); loading the text gives the same data back.</summary>
/// <remarks>Uses YamlDotNet's RepresentationModel and emitter only (no reflection), so it is safe under Native AOT.</remarks>
public static class RoutingYamlWriter
{
    private const string Header =
        "# Routing data: the Environments, DialedNumbers and Prompts tables as one file (format: config/routing.yaml).\n" +
        "# {organisation} in a prompt is replaced by the organisation name.\n";

    /// <summary>The YAML text for <paramref name="data"/>.</summary>
    /// <param name="data">The routing data to write.</param>
    /// <param name="restoreOrganisationPlaceholder">
    /// Whether to write the organisation name in prompts back as <c>{organisation}</c>, so renaming the organisation
    /// stays a one-line change. Loading substitutes it again, so the data round-trips either way.
    /// </param>
    public static string Write(RoutingData data, bool restoreOrganisationPlaceholder = true)
    {
        ArgumentNullException.ThrowIfNull(data);
        var root = new YamlMappingNode
        {
            { KeyPath.Organisation, Scalar(data.Organisation) },
            { KeyPath.DefaultLanguage, Scalar(data.DefaultLanguage) },
            { KeyPath.Environments, Environments(data) },
            { KeyPath.DialedNumbers, Numbers(data) },
            { KeyPath.Languages, Languages(data, restoreOrganisationPlaceholder) },
        };

        using var writer = new StringWriter { NewLine = "\n" };
        writer.Write(Header);

        // Prompts are long sentences: an unbounded line width keeps each on one line, as people write them.
        var emitter = new Emitter(writer, new EmitterSettings().WithBestWidth(int.MaxValue));
        new YamlStream(new YamlDocument(root)).Save(emitter, assignAnchors: false);
        return writer.ToString().Replace("\n...\n", "\n", StringComparison.Ordinal);
    }

    private static YamlMappingNode Environments(RoutingData data)
    {
        var node = new YamlMappingNode();
        foreach (var environment in data.Environments)
        {
            var functions = new YamlMappingNode();
            foreach (var (name, arn) in environment.Functions)
            {
                functions.Add(Scalar(name), Scalar(arn));
            }

            node.Add(Scalar(environment.Environment), functions);
        }

        return node;
    }

    private static YamlMappingNode Numbers(RoutingData data)
    {
        var node = new YamlMappingNode();
        foreach (var number in data.DialedNumbers)
        {
            // Quoted, so no YAML reader takes +14443330000 for an integer.
            var style = number.Number == DialedNumber.DefaultKey ? ScalarStyle.Any : ScalarStyle.DoubleQuoted;
            node.Add(new YamlScalarNode(number.Number) { Style = style }, new YamlMappingNode
            {
                { RoutingItems.Name, Scalar(number.Name) },
                { RoutingItems.Queue, Scalar(number.Queue) },
                { RoutingItems.Language, Scalar(number.Language) },
            });
        }

        return node;
    }

    private static YamlMappingNode Languages(RoutingData data, bool restore)
    {
        var node = new YamlMappingNode();
        foreach (var language in data.Languages)
        {
            var prompts = new YamlMappingNode();

            // The flows' order first (the order a caller hears them), then any extra prompts.
            var names = PromptNames.All.Where(language.Prompts.ContainsKey).Concat(language.Prompts.Keys.Except(PromptNames.All));
            foreach (var name in names)
            {
                var text = language.Prompts[name];
                prompts.Add(Scalar(name), Scalar(restore ? OrganisationPlaceholder.Restore(text, data.Organisation) : text));
            }

            node.Add(Scalar(language.Language), new YamlMappingNode
            {
                { RoutingItems.Voice, Scalar(language.Voice) },
                { RoutingItems.LanguageCode, Scalar(language.LanguageCode) },
                { KeyPath.Prompts, prompts },
            });
        }

        return node;
    }

    /// <summary>A scalar as YAML text; double-quoted when it holds a control character.</summary>
    /// <remarks>
    /// A live table can hold CR, ESC or NUL (the validator refuses them only in files). Plain or single-quoted YAML cannot
    /// carry them (the file would not read back, and would print them raw); double-quoted YAML writes them as escapes
    /// (<c>\r</c>, <c>\e</c>, <c>\0</c>) that read back exactly, and the validator then names them on load (issue #10 item 5).
    /// </remarks>
    private static YamlScalarNode Scalar(string value) =>
        new(value) { Style = DisplayText.IndexOfControl(value) >= 0 ? ScalarStyle.DoubleQuoted : ScalarStyle.Any };
}
