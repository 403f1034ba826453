using System.Collections.Immutable;
using System.Text.Json;

namespace DynamicContactCenter.Flows.Parsing;

/// <summary>Reads what a flow module's <c>Settings</c> declares about its return (reference §1, §6.4). The real shape, as exported:
/// <c>"Settings": {"InputParameters": [...], "OutputParameters": [...], "Transitions": [{"DisplayName": "Success", "ReferenceName": "Success",
/// "Description": ""}, ...]}</c>.</summary>
internal static class ModuleSettingsReader
{
    /// <summary>The ReferenceName of each declared transition, in order; entries without one are skipped (lint reports shapes).</summary>
    public static ImmutableArray<string> Transitions(JsonElement settings)
    {
        if (settings.ValueKind != JsonValueKind.Object || !settings.TryGetProperty("Transitions", out var transitions)
            || transitions.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return
        [
            .. transitions.EnumerateArray()
                .Where(t => t.ValueKind == JsonValueKind.Object && t.TryGetProperty("ReferenceName", out var name) && name.ValueKind == JsonValueKind.String)
                .Select(t => t.GetProperty("ReferenceName").GetString()!),
        ];
    }
}
