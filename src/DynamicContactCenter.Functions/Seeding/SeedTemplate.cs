using System.Collections.Immutable;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.Yaml;

namespace DynamicContactCenter.Functions.Seeding;

/// <summary>Builds the full routing data SeedTables writes: the stack's parameters plus the languages of routing data.</summary>
internal static class SeedTemplate
{
    public const string RoutingYamlFile = "ResourceProperties.RoutingYaml";

    /// <summary>The routing data whose languages are seeded: RoutingYaml when given, else the embedded default.</summary>
    public static Result<RoutingData> LoadLanguages(string? routingYaml) =>
        routingYaml is null
            ? new Result<RoutingData>(RoutingYamlLoader.LoadEmbedded(), [])
            : RoutingYamlLoader.Load(routingYaml, RoutingYamlFile);

    /// <summary>The tenant: one environment row, the stack's numbers, the template's languages with this organisation's name.</summary>
    public static RoutingData Build(SeedProperties properties, RoutingData template)
    {
        var languages = template.Languages.Select(language => language with
        {
            // The template's prompts carry its own organisation; put the placeholder back, then this stack's name in.
            Prompts = language.Prompts.ToImmutableSortedDictionary(
                pair => pair.Key,
                pair => OrganisationPlaceholder.Substitute(OrganisationPlaceholder.Restore(pair.Value, template.Organisation), properties.Organisation),
                StringComparer.Ordinal),
        });
        return new RoutingData(
            properties.Organisation,
            properties.DefaultLanguage ?? template.DefaultLanguage,
            [new EnvironmentEntry(properties.Environment, properties.Functions)],
            properties.DialedNumbers,
            [.. languages]);
    }
}
