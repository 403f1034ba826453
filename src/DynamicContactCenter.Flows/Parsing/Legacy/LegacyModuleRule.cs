using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace DynamicContactCenter.Flows.Parsing.Legacy;

/// <summary>How one legacy module type (and target) becomes a flow-language action: its type, its parameters and its branches.</summary>
/// <param name="ModernType">The flow-language action type.</param>
/// <param name="Parameters">Builds the action's Parameters from the module; reports problems through the context.</param>
/// <param name="Branches">Legacy branch condition → its flow-language transition.</param>
internal sealed record LegacyModuleRule(string ModernType, Func<LegacyModuleContext, JsonObject> Parameters,
    FrozenDictionary<string, LegacyBranchRule> Branches)
{
    /// <summary>Success and Error, the branches almost every block has.</summary>
    public static Dictionary<string, LegacyBranchRule> Plain() => new(StringComparer.Ordinal)
    {
        ["Success"] = LegacyBranchRule.Success,
        ["Error"] = LegacyBranchRule.NoMatchingError,
    };
}
