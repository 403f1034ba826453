using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Routing.Yaml;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Flows.Instance;

/// <summary>Reads the <c>bots:</c> section of instance.yaml: local models of Lex bots, so that a flow's Lex menu runs offline.
/// Every problem names the key path and line (through <see cref="YamlNodeReader"/>).</summary>
/// <example><code>
/// bots:
///   BillingBot:
///     aliasArn: arn:aws:lex:us-east-1:123456789012:bot-alias/BOTID/ALIASID   # or aliasArns: [...]
///     intents:
///       PayBill:
///         utterances: ["pay my bill", "pay {Amount} dollars"]
///         slots:
///           Amount: []            # any words
///           Account: [Checking, Savings]
/// </code></example>
internal static partial class BotModelReader
{
    public static ImmutableArray<BotDefinition> Read(YamlNodeReader r, YamlMappingNode root)
    {
        var section = r.Mapping(root, "bots", "bots", required: false, "a mapping of bots by name");
        if (section is null) return [];
        var bots = ImmutableArray.CreateBuilder<BotDefinition>();
        var seenArns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (nameNode, botNode) in section.Children)
        {
            var name = YamlReader.Text(nameNode);
            var path = "bots." + name;
            if (r.Mapping(botNode, path, "a mapping with aliasArn and intents") is not { } map) continue;
            var arns = new List<string>();
            if (r.Scalar(map, "aliasArn", path + ".aliasArn", required: false, "a Lex V2 bot alias ARN") is { } arn) arns.Add(arn);
            arns.AddRange(r.ScalarList(YamlReader.Get(map, "aliasArns"), path + ".aliasArns").Select(a => a.Value));
            foreach (var duplicate in arns.Where(a => !seenArns.Add(a)))
            {
                r.Error(FlowMessages.InstanceDuplicate, path + ".aliasArn", map, duplicate);
            }

            var intents = ImmutableArray.CreateBuilder<BotIntent>();
            var intentsMap = r.Mapping(map, "intents", path + ".intents", required: true, "a mapping of intents, each with utterances");
            foreach (var (intentName, intentNode) in intentsMap?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
            {
                var intentPath = $"{path}.intents.{YamlReader.Text(intentName)}";
                if (r.Mapping(intentNode, intentPath, "a mapping with utterances (and slots)") is { } intentMap)
                {
                    intents.Add(ReadIntent(r, YamlReader.Text(intentName), intentMap, intentPath));
                }
            }

            bots.Add(new BotDefinition(name, [.. arns.Distinct(StringComparer.Ordinal)], intents.ToImmutable()));
        }

        return bots.ToImmutable();
    }

    private static BotIntent ReadIntent(YamlNodeReader r, string name, YamlMappingNode map, string path)
    {
        var slots = ImmutableArray.CreateBuilder<BotSlot>();
        var slotsMap = r.Mapping(map, "slots", path + ".slots", required: false, "a mapping of slot names to their values ([] for any words)");
        foreach (var (slotName, valuesNode) in slotsMap?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            var values = YamlReader.IsNull(valuesNode) ? [] : r.ScalarList(valuesNode, $"{path}.slots.{YamlReader.Text(slotName)}");
            slots.Add(new BotSlot(YamlReader.Text(slotName), [.. values.Select(v => v.Value)]));
        }

        if (YamlReader.Value(map, "utterances") is null)
        {
            r.Error(FlowMessages.InstanceMissingKey, path + ".utterances", map, path + ".utterances", "the intent's sample utterances, e.g. [\"pay my bill\"]");
        }

        var utterances = r.ScalarList(YamlReader.Get(map, "utterances"), path + ".utterances");
        var known = slots.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (utterance, node) in utterances)
        {
            foreach (Match slot in SlotReference().Matches(utterance))
            {
                if (known.Contains(slot.Groups[1].Value)) continue;
                r.Error(CallerMessages.UndefinedSlot, path + ".utterances", node, utterance, slot.Groups[1].Value,
                    known.Count == 0 ? "none defined" : string.Join(", ", known));
            }
        }

        return new BotIntent(name, [.. utterances.Select(u => u.Value)], slots.ToImmutable());
    }

    /// <summary><c>{Slot}</c> in a sample utterance, as the Lex console writes slot references.</summary>
    [GeneratedRegex(@"\{([^{}\s]+)\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex SlotReference();
}
