using System.Collections.Immutable;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Routing.Yaml;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Flows.Instance;

/// <summary>Reads profiles and cases from YAML: the instance model's <c>customerProfiles:</c> and <c>cases:</c> sections and a scenario's
/// <c>profiles:</c> / <c>cases:</c> seeds, one rule for both so a record moves between them unchanged. Each file format reports in its own
/// words: <paramref name="invalid"/> receives (key path, node, value found, what was expected).</summary>
/// <remarks>A profile is a flat mapping of its fields as the flow language names them (<c>FirstName</c>, <c>PhoneNumber</c>, ...), with
/// an optional <c>ProfileId</c> and an optional <c>Attributes:</c> mapping (read as <c>Attributes.x</c> fields, the form
/// ProfileRequestData uses). A case is a flat mapping of its field ids (<c>title</c>, <c>status</c>, <c>customer_id</c>) with optional
/// <c>caseId</c> and <c>templateId</c>. A record without an id gets <paramref name="idPrefix"/> + its position, so runs repeat.</remarks>
internal sealed class CustomerDataReader(YamlReader reader, Action<string, YamlNode, string, string> invalid, string idPrefix)
{
    private const string ProfileExpected = "a mapping of profile fields (FirstName, PhoneNumber, ..., optionally ProfileId and Attributes)";
    private const string CaseExpected = "a mapping of case fields (title, status, customer_id, ..., optionally caseId and templateId)";

    /// <summary>The list of profiles at <paramref name="path"/>; empty when absent.</summary>
    public ImmutableArray<CustomerProfile> ReadProfiles(YamlNode? node, string path)
    {
        var profiles = ImmutableArray.CreateBuilder<CustomerProfile>();
        if (reader.Sequence(node, path, "a list of profiles") is not { } list) return profiles.ToImmutable();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var at = $"{path}[{i}]";
            if (reader.Mapping(list.Children[i], at, ProfileExpected) is not { } map) continue;
            string? id = null;
            var fields = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var (keyNode, valueNode) in map.Children)
            {
                var key = YamlReader.Text(keyNode);
                if (key == "Attributes" && valueNode is YamlMappingNode attributes)
                {
                    foreach (var (name, value) in Scalars(attributes, $"{at}.Attributes")) fields["Attributes." + name] = value;
                    continue;
                }

                if (reader.Scalar(valueNode, $"{at}.{key}", "a text value") is not { } text) continue;
                if (key == "ProfileId") id = text;
                else fields[key] = text;
            }

            profiles.Add(new CustomerProfile(NonBlank(id, map, at + ".ProfileId") ?? $"{idPrefix}profile-{i + 1}", fields.ToImmutable()));
        }

        Unique(profiles.Select(p => p.ProfileId), list, path, "profile");
        return profiles.ToImmutable();
    }

    /// <summary>The list of cases at <paramref name="path"/>; empty when absent. A case without <c>templateId</c> gets
    /// <paramref name="defaultTemplate"/> (or an empty template id).</summary>
    public ImmutableArray<CustomerCase> ReadCases(YamlNode? node, string path, string? defaultTemplate)
    {
        var cases = ImmutableArray.CreateBuilder<CustomerCase>();
        if (reader.Sequence(node, path, "a list of cases") is not { } list) return cases.ToImmutable();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var at = $"{path}[{i}]";
            if (reader.Mapping(list.Children[i], at, CaseExpected) is not { } map) continue;
            var fields = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in Scalars(map, at)) fields[key] = value;
            var id = fields.GetValueOrDefault("caseId");
            var template = fields.GetValueOrDefault("templateId");
            fields.Remove("caseId");
            fields.Remove("templateId");
            cases.Add(new CustomerCase(NonBlank(id, map, at + ".caseId") ?? $"{idPrefix}case-{i + 1}",
                NonBlank(template, map, at + ".templateId") ?? defaultTemplate ?? "", fields.ToImmutable()));
        }

        Unique(cases.Select(c => c.CaseId), list, path, "case");
        return cases.ToImmutable();
    }

    /// <summary>The case templates at <paramref name="path"/>: <c>{id, name, requiredFields}</c>.</summary>
    public ImmutableArray<CaseTemplate> ReadTemplates(YamlNode? node, string path)
    {
        var templates = ImmutableArray.CreateBuilder<CaseTemplate>();
        if (reader.Sequence(node, path, "a list of case templates {id, name, requiredFields}") is not { } list) return templates.ToImmutable();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var at = $"{path}[{i}]";
            if (reader.Mapping(list.Children[i], at, "a mapping {id, name, requiredFields}") is not { } map) continue;
            OnlyKeys(map, at, "id", "name", "requiredFields");
            var id = NonBlank(reader.Scalar(YamlReader.Value(map, "id"), at + ".id", "the template id"), map, at + ".id");
            if (id is null)
            {
                invalid(at + ".id", map, "(missing)", "the template id CreateCase's CaseTemplateId names");
                continue;
            }

            var required = ImmutableArray.CreateBuilder<string>();
            if (reader.Sequence(YamlReader.Value(map, "requiredFields"), at + ".requiredFields", "a list of field ids") is { } fields)
            {
                foreach (var field in fields.Children)
                {
                    if (reader.Scalar(field, at + ".requiredFields", "a field id such as title") is { } text) required.Add(text);
                }
            }

            templates.Add(new CaseTemplate(id, reader.Scalar(YamlReader.Value(map, "name"), at + ".name", "the template's name") ?? id, required.ToImmutable()));
        }

        Unique(templates.Select(t => t.Id), list, path, "case template");
        return templates.ToImmutable();
    }

    /// <summary>The instance model's <c>customerProfiles: {domain, profiles}</c> and <c>cases: {templates, cases}</c> sections.</summary>
    public CustomerDataModel ReadInstanceSections(YamlMappingNode root)
    {
        var model = CustomerDataModel.Empty;
        if (reader.Mapping(YamlReader.Value(root, "customerProfiles"), "customerProfiles", "a mapping with domain and profiles") is { } profiles)
        {
            OnlyKeys(profiles, "customerProfiles", "domain", "profiles");
            var domain = reader.Scalar(YamlReader.Value(profiles, "domain"), "customerProfiles.domain", "the Customer Profiles domain name");
            if (domain is null || domain.Trim().Length == 0)
            {
                invalid("customerProfiles.domain", profiles, domain ?? "(missing)", "the Customer Profiles domain name the instance is associated with");
            }

            model = model with { ProfileDomain = domain ?? "", Profiles = ReadProfiles(YamlReader.Value(profiles, "profiles"), "customerProfiles.profiles") };
        }

        if (reader.Mapping(YamlReader.Value(root, "cases"), "cases", "a mapping with templates and cases") is { } cases)
        {
            OnlyKeys(cases, "cases", "templates", "cases");
            var templates = ReadTemplates(YamlReader.Value(cases, "templates"), "cases.templates");
            var records = ReadCases(YamlReader.Value(cases, "cases"), "cases.cases", templates.Length == 1 ? templates[0].Id : null);
            var known = templates.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var (record, i) in records.Select((r, i) => (r, i)).Where(x => !known.Contains(x.r.TemplateId)))
            {
                reader.Error(ProfileMessages.UnknownTemplate, $"cases.cases[{i}].templateId", cases, record.TemplateId,
                    known.Count == 0 ? "none" : string.Join(", ", known.Order(StringComparer.Ordinal)));
            }

            model = model with { HasCases = true, CaseTemplates = templates, Cases = records };
        }

        return model;
    }

    /// <summary>Reports each key of <paramref name="map"/> that is not one of <paramref name="known"/> (a typo would otherwise read nothing).</summary>
    public void OnlyKeys(YamlMappingNode map, string path, params string[] known)
    {
        foreach (var key in map.Children.Keys.Select(YamlReader.Text).Where(k => !known.Contains(k, StringComparer.Ordinal)))
        {
            invalid($"{path}.{key}", map.Children.Keys.First(k => YamlReader.Text(k) == key), key, "one of " + string.Join(", ", known));
        }
    }

    private IEnumerable<(string Key, string Value)> Scalars(YamlMappingNode map, string path)
    {
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = YamlReader.Text(keyNode);
            if (reader.Scalar(valueNode, $"{path}.{key}", "a text value") is { } text) yield return (key, text);
        }
    }

    private string? NonBlank(string? value, YamlMappingNode map, string path)
    {
        if (value is null || value.Trim().Length > 0) return value;
        invalid(path, map, value, "a non-empty id, or no key (an id is then made up)");
        return null;
    }

    private void Unique(IEnumerable<string> ids, YamlSequenceNode list, string path, string what)
    {
        foreach (var duplicate in ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            invalid(path, list, duplicate.Key, $"each {what} id once (it is used {duplicate.Count()} times)");
        }
    }
}
