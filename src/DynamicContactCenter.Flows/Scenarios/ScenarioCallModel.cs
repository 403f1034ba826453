using System.Collections.Immutable;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Routing.Yaml;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>The <c>call:</c> keys (also under <c>defaults:</c>) that say what services answer about the caller, for the action types
/// whose result a simulated call cannot observe: <c>voiceId</c> and <c>voiceIdFraudRisk</c> (CheckVoiceId) and
/// <c>outboundCallStatus</c> (CheckOutboundCallStatus). Each value must be one the action can produce.</summary>
internal static class ScenarioCallModel
{
    public static readonly string[] Keys = ["voiceId", "voiceIdFraudRisk", "outboundCallStatus"];

    /// <summary><paramref name="call"/> with the values <paramref name="merged"/> gives; a value the action cannot produce is reported.</summary>
    public static ScenarioCall Apply(ScenarioYamlReader reader, YamlMappingNode merged, ScenarioCall call) => call with
    {
        VoiceId = Read(reader, merged, "voiceId", CallRequest.VoiceIdResults) ?? call.VoiceId,
        VoiceIdFraudRisk = Read(reader, merged, "voiceIdFraudRisk", CallRequest.VoiceIdFraudRisks) ?? call.VoiceIdFraudRisk,
        OutboundCallStatus = Read(reader, merged, "outboundCallStatus", CallRequest.OutboundCallStatuses) ?? call.OutboundCallStatus,
    };

    private static string? Read(ScenarioYamlReader reader, YamlMappingNode merged, string key, ImmutableArray<string> allowed)
    {
        var expected = "one of " + string.Join(", ", allowed);
        var value = reader.Scalar(merged, key, "call." + key, expected);
        if (value is null || allowed.Contains(value, StringComparer.Ordinal)) return value;
        reader.Report(ScenarioMessages.InvalidValue, "call." + key, YamlReader.Value(merged, key), value, "call." + key, expected);
        return null;
    }
}
