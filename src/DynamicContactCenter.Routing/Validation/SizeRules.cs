using System.Globalization;
using System.Text;
using System.Text.Json;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Routing.SessionAttributes;

namespace DynamicContactCenter.Routing.Validation;

/// <summary>
/// Limits enforced only at write or call time, checked before anything is written so a row that cannot be applied fails load,
/// lint, plan, apply and the seeder alike (issue #10 item 3): DynamoDB's partition key (DCC1021) and item size (DCC1022), and a
/// function response that is over Connect's 32 KB from this row alone (DCC1024).
/// </summary>
/// <remarks>
/// The response check is a lower bound: the row's own result folded with no parameters and no earlier session, through the
/// same <see cref="SessionAttributeFold"/> the handlers use (so the limit and the counting are theirs). The whole chain, with
/// the keys earlier functions add, depends on the flows and is <c>dcc lint</c>'s DCC5204.
/// </remarks>
internal static class SizeRules
{
    public static void Check(RoutingData data, Findings findings)
    {
        foreach (var environment in data.Environments)
        {
            Item(RoutingTable.Environments, RoutingItems.Of(environment), KeyPath.Environment(environment.Environment), findings);
        }

        foreach (var number in data.DialedNumbers)
        {
            if (Item(RoutingTable.DialedNumbers, RoutingItems.Of(number), KeyPath.DialedNumber(number.Number), findings))
            {
                // GetDynAttributes answers name, queue and language (DESIGN §4).
                Response("GetDynAttributes", [new(RoutingItems.Name, number.Name), new(RoutingItems.Queue, number.Queue), new(RoutingItems.Language, number.Language)],
                    KeyPath.DialedNumber(number.Number), findings);
            }
        }

        foreach (var language in data.Languages)
        {
            if (Item(RoutingTable.Prompts, RoutingItems.Of(language), KeyPath.Language(language.Language), findings))
            {
                // GetPrompts answers the seven prompts the flows play, voice and languageCode (DESIGN §4).
                var result = PromptNames.All.Select(p => KeyValuePair.Create(p, language.Prompts.GetValueOrDefault(p, "")))
                    .Append(new(RoutingItems.Voice, language.Voice)).Append(new(RoutingItems.LanguageCode, language.LanguageCode));
                Response("GetPrompts", result, KeyPath.Language(language.Language), findings);
            }
        }
    }

    /// <summary>Reports a key or item over DynamoDB's limits; true when the row fits.</summary>
    private static bool Item(RoutingTable table, IEnumerable<KeyValuePair<string, string>> attributes, string location, Findings findings)
    {
        var pairs = attributes.ToList();
        var keyBytes = Encoding.UTF8.GetByteCount(pairs[0].Value);
        if (keyBytes > RoutingRules.MaxPartitionKeyBytes)
        {
            findings.Error(RoutingMessages.KeyTooLong.Code, location, RoutingMessages.KeyTooLong.Format, table.ToString(), Count(keyBytes), Count(RoutingRules.MaxPartitionKeyBytes));
            return false;
        }

        var sizes = pairs.Select(p => (p.Key, Bytes: Encoding.UTF8.GetByteCount(p.Key) + Encoding.UTF8.GetByteCount(p.Value))).ToList();
        var total = sizes.Sum(s => (long)s.Bytes);
        if (total <= RoutingRules.MaxItemBytes)
        {
            return true;
        }

        var largest = sizes.MaxBy(s => s.Bytes);
        findings.Error(RoutingMessages.ItemTooLarge.Code, location, RoutingMessages.ItemTooLarge.Format,
            table.ToString(), total.ToString(CultureInfo.InvariantCulture), Count(RoutingRules.MaxItemBytes), largest.Key, Count(largest.Bytes));
        return false;
    }

    private static void Response(string function, IEnumerable<KeyValuePair<string, string>> result, string location, Findings findings)
    {
        var folded = SessionAttributeFold.Fold(default(JsonElement), result);
        // The fold fails a response over the limit but still reports its size, which is all this check needs.
        if (folded.ResponseBytes >= SessionAttributeFold.ResponseLimitBytes)
        {
            findings.Error(RoutingMessages.ResponseTooLarge.Code, location, RoutingMessages.ResponseTooLarge.Format,
                function, Count(folded.ResponseBytes), Count(SessionAttributeFold.ResponseLimitBytes));
        }
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
