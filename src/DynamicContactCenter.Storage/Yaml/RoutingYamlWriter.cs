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
            { KeyPath.Organisation, data.Organisation },
            { KeyPath.DefaultLanguage, data.DefaultLanguage },
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
                functions.Add(name, arn);
            }

            node.Add(environment.Environment, functions);
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
                { "name", number.Name },
                { "queue", number.Queue },
                { "language", number.Language },
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
                prompts.Add(name, restore ? OrganisationPlaceholder.Restore(text, data.Organisation) : text);
            }

            node.Add(language.Language, new YamlMappingNode
            {
                { "voice", language.Voice },
                { "languageCode", language.LanguageCode },
                { KeyPath.Prompts, prompts },
            });
        }

        return node;
    }
}
