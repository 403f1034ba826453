using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Routing.Yaml;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>Reads the profiles and cases a scenario (or its file's <c>defaults:</c>) seeds into the call's store, in the instance model's
/// record format (<see cref="CustomerDataReader"/>), and merges a scenario's seed over the defaults'.</summary>
internal static class CustomerDataSeedReader
{
    /// <summary>The <c>profiles:</c> and <c>cases:</c> under <paramref name="owner"/>; <paramref name="prefix"/> is <c>defaults.</c> for the
    /// defaults (records without an id get <c>defaults-…</c> ids there, <c>seed-…</c> in a scenario, so the two never collide).</summary>
    public static CustomerDataModel Read(ScenarioYamlReader reader, YamlMappingNode owner, string prefix)
    {
        var records = new CustomerDataReader(reader, (key, node, value, expected) => reader.Report(ProfileMessages.InvalidSeed, key, node, value, key, expected),
            prefix.Length == 0 ? "seed-" : "defaults-");
        var profiles = records.ReadProfiles(YamlReader.Value(owner, "profiles"), prefix + "profiles");
        var cases = records.ReadCases(YamlReader.Value(owner, "cases"), prefix + "cases", null);
        return profiles.IsEmpty && cases.IsEmpty ? CustomerDataModel.Empty : new CustomerDataModel { Profiles = profiles, Cases = cases };
    }

    /// <summary>The scenario's records, then each of the defaults' that the scenario does not replace (same id).</summary>
    public static CustomerDataModel Merge(CustomerDataModel own, CustomerDataModel defaults) => new()
    {
        Profiles = own.Profiles.AddRange(defaults.Profiles.Where(d => !own.Profiles.Any(o => o.ProfileId == d.ProfileId))),
        Cases = own.Cases.AddRange(defaults.Cases.Where(d => !own.Cases.Any(o => o.CaseId == d.CaseId))),
    };
}
