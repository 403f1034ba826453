using System.Collections.Immutable;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Storage.DynamoDb;

/// <summary>Every row of the three tables, each table sorted by key (the tables hold no organisation or default language).</summary>
/// <param name="Environments">Environments rows.</param>
/// <param name="DialedNumbers">DialedNumbers rows.</param>
/// <param name="Languages">Prompts rows.</param>
public sealed record RoutingRows(ImmutableArray<EnvironmentEntry> Environments, ImmutableArray<DialedNumber> DialedNumbers, ImmutableArray<PromptSet> Languages)
{
    /// <summary>The rows as routing data, with the tenant settings the tables do not hold (for <c>dcc config export</c>).</summary>
    public RoutingData ToRoutingData(string organisation, string defaultLanguage) =>
        new(organisation, defaultLanguage, Environments, DialedNumbers, Languages);

    /// <summary>The keys of every row.</summary>
    public RoutingKeys Keys => new(
        [.. Environments.Select(e => e.Environment)], [.. DialedNumbers.Select(n => n.Number)], [.. Languages.Select(l => l.Language)]);
}
