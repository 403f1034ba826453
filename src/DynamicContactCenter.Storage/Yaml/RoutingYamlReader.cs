using System.Collections.Immutable;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Routing.Validation;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Storage.Yaml;

/// <summary>Turns the root mapping of a routing.yaml document into <see cref="RoutingData"/>, reporting shape errors as it goes.</summary>
/// <remarks>It reads on past every error so one load reports all of them; rows with errors are still built (with empty values) so validation can check the rest.</remarks>
internal sealed class RoutingYamlReader(YamlShape shape)
{
    private static readonly string[] RootKeys = [KeyPath.Organisation, KeyPath.DefaultLanguage, KeyPath.Environments, KeyPath.DialedNumbers, KeyPath.Languages];
    private static readonly string[] NumberKeys = ["name", "queue", "language"];
    private static readonly string[] LanguageKeys = ["voice", "languageCode", KeyPath.Prompts];

    public RoutingData Read(YamlMappingNode root)
    {
        var fields = Fields(root, "", RootKeys, "the routing data");
        var organisation = Text(fields, KeyPath.Organisation, "", "the organisation name callers hear, e.g. Alpha to Zulu Corp", root);
        var defaultLanguage = Text(fields, KeyPath.DefaultLanguage, "", "the name of a language under languages, e.g. English", root);
        var environments = Section(fields, KeyPath.Environments, root, "a mapping of environment name → function ARNs", ReadEnvironments);
        var numbers = Section(fields, KeyPath.DialedNumbers, root, "a mapping of E.164 number → name, queue and language", ReadNumbers);
        var languages = Section(fields, KeyPath.Languages, root, "a mapping of language name → voice, languageCode and prompts", node => ReadLanguages(node, organisation));
        return new RoutingData(organisation, defaultLanguage, environments, numbers, languages);
    }

    private ImmutableArray<EnvironmentEntry> ReadEnvironments(YamlNode node)
    {
        var rows = ImmutableArray.CreateBuilder<EnvironmentEntry>();
        foreach (var (name, keyNode, value) in shape.Entries(node, KeyPath.Environments, "a mapping of environment name → function ARNs"))
        {
            var path = KeyPath.Environment(name);
            shape.Remember(path, keyNode);
            var functions = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var (function, _, arn) in shape.Entries(value, path, "a mapping of function attribute → Lambda function ARN, e.g. getPrompts: arn:aws:lambda:..."))
            {
                functions[function] = shape.Text(arn, KeyPath.Environment(name, function), "a Lambda function ARN") ?? "";
            }

            rows.Add(new EnvironmentEntry(name, functions.ToImmutable()));
        }

        return rows.ToImmutable();
    }

    private ImmutableArray<DialedNumber> ReadNumbers(YamlNode node)
    {
        var rows = ImmutableArray.CreateBuilder<DialedNumber>();
        foreach (var (number, keyNode, value) in shape.Entries(node, KeyPath.DialedNumbers, "a mapping of E.164 number → name, queue and language"))
        {
            var path = KeyPath.DialedNumber(number);
            shape.Remember(path, keyNode);
            var fields = Fields(value, path, NumberKeys, "a mapping with name, queue and language");
            rows.Add(new DialedNumber(
                number,
                Text(fields, "name", path, "a name for the line, e.g. Spanish line", value),
                Text(fields, "queue", path, "an Amazon Connect queue ARN", value),
                Text(fields, "language", path, "the name of a language under languages, e.g. English", value)));
        }

        return rows.ToImmutable();
    }

    private ImmutableArray<PromptSet> ReadLanguages(YamlNode node, string organisation)
    {
        var rows = ImmutableArray.CreateBuilder<PromptSet>();
        foreach (var (language, keyNode, value) in shape.Entries(node, KeyPath.Languages, "a mapping of language name → voice, languageCode and prompts"))
        {
            var path = KeyPath.Language(language);
            shape.Remember(path, keyNode);
            var fields = Fields(value, path, LanguageKeys, "a mapping with voice, languageCode and prompts");
            var prompts = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            if (fields.TryGetValue(KeyPath.Prompts, out var promptNode))
            {
                foreach (var (prompt, _, text) in shape.Entries(promptNode, KeyPath.Language(language, KeyPath.Prompts), "a mapping of prompt name → text"))
                {
                    var raw = shape.Text(text, KeyPath.Prompt(language, prompt), "the text the caller hears") ?? "";
                    prompts[prompt] = OrganisationPlaceholder.Substitute(raw, organisation);
                }
            }
            else if (value is YamlMappingNode)
            {
                ReportMissing(KeyPath.Language(language, KeyPath.Prompts), keyNode, "a mapping of the seven prompts: " + string.Join(", ", PromptNames.All));
            }

            rows.Add(new PromptSet(
                language,
                Text(fields, "voice", path, "an Amazon Polly voice, e.g. Joanna", value),
                Text(fields, "languageCode", path, "a BCP-47 code such as en-US", value),
                prompts.ToImmutable()));
        }

        return rows.ToImmutable();
    }

    /// <summary>The known keys of a mapping; an unknown key is reported (a misspelt key would otherwise vanish silently).</summary>
    private Dictionary<string, YamlNode> Fields(YamlNode node, string path, string[] known, string expected)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, keyNode, value) in shape.Entries(node, path, expected))
        {
            if (known.Contains(key, StringComparer.Ordinal))
            {
                shape.Remember(KeyPath.Field(path, key), keyNode);
                fields[key] = value;
            }
            else
            {
                shape.ErrorOnLine(StorageMessages.UnknownKey, KeyPath.Field(path, key), keyNode.Start.Line, key, string.Join(", ", known));
            }
        }

        return fields;
    }

    private string Text(Dictionary<string, YamlNode> fields, string key, string parent, string expected, YamlNode owner)
    {
        var path = KeyPath.Field(parent, key);
        if (fields.TryGetValue(key, out var node))
        {
            return shape.Text(node, path, expected) ?? "";
        }

        // A row that is not a mapping at all was reported already; do not add one "missing" per field.
        if (owner is YamlMappingNode)
        {
            // On the row's key line (where a person looks for the row), else where the mapping starts.
            shape.ErrorOnLine(StorageMessages.MissingKey, path, shape.LineOf(parent) ?? owner.Start.Line, path, expected);
        }

        return "";
    }

    private ImmutableArray<T> Section<T>(Dictionary<string, YamlNode> fields, string key, YamlNode root, string expected, Func<YamlNode, ImmutableArray<T>> read)
    {
        if (fields.TryGetValue(key, out var node))
        {
            return read(node);
        }

        ReportMissing(key, root, expected);
        return [];
    }

    private void ReportMissing(string path, YamlNode owner, string expected) =>
        shape.ErrorOnLine(StorageMessages.MissingKey, path, owner.Start.Line, path, expected);
}
