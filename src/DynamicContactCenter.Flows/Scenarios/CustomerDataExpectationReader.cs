using System.Collections.Immutable;
using DynamicContactCenter.Routing.Yaml;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>Reads <c>expect: profiles:</c> and <c>expect: cases:</c>: lists of <c>FIELD: VALUE</c> mappings.</summary>
internal static class CustomerDataExpectationReader
{
    /// <summary>The expectation, or null when <paramref name="expect"/> has neither key.</summary>
    public static CustomerDataExpectation? Read(ScenarioYamlReader reader, YamlMappingNode expect)
    {
        var profiles = YamlReader.Value(expect, "profiles") is { } p
            ? List(reader, p, "expect.profiles", "FIELD: VALUE pairs of a written profile, e.g. {FirstName: Ana, Attributes.Tier: Gold}")
            : default;
        var cases = YamlReader.Value(expect, "cases") is { } c
            ? List(reader, c, "expect.cases", "FIELD: VALUE pairs of a written case, e.g. {title: Callback, status: open}")
            : default;
        return profiles.IsDefault && cases.IsDefault ? null : new CustomerDataExpectation { Profiles = profiles, Cases = cases };
    }

    private static ImmutableArray<ImmutableDictionary<string, string>> List(ScenarioYamlReader reader, YamlNode node, string key, string expected)
    {
        var records = ImmutableArray.CreateBuilder<ImmutableDictionary<string, string>>();
        if (reader.Sequence(node, key, "a list of records (" + expected + "), [] for none") is not { } list) return records.ToImmutable();
        for (var i = 0; i < list.Children.Count; i++)
        {
            records.Add(reader.Pairs(list.Children[i], $"{key}[{i}]", expected).ToImmutableDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));
        }

        return records.ToImmutable();
    }
}
