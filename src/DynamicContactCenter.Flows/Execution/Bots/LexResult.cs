using System.Collections.Immutable;
using System.Globalization;

namespace DynamicContactCenter.Flows.Execution.Bots;

/// <summary>The result of the last ConnectParticipantWithLexBot of a flow run: what <c>$.Lex.*</c> reads (reference §4).</summary>
/// <param name="Bot">The bot's name, or the reference of a stub bot.</param>
/// <param name="Match">The intent, slots and confidence.</param>
/// <param name="SessionAttributes">The session attributes the block sent (LexSessionAttributes): the bot answers them back.</param>
internal sealed record LexResult(string Bot, IntentMatch Match, ImmutableDictionary<string, string> SessionAttributes)
{
    /// <summary>The value under <c>$.Lex</c> at <paramref name="rest"/> (IntentName, Slots.x, SessionAttributes.k,
    /// IntentConfidence.Score), or null.</summary>
    public string? Resolve(IReadOnlyList<string> rest) => rest switch
    {
        ["IntentName"] => Match.Intent,
        ["Slots", var slot] => Match.Slots.GetValueOrDefault(slot),
        ["SessionAttributes", var key] => SessionAttributes.GetValueOrDefault(key),
        ["IntentConfidence", "Score"] => Match.Score.ToString("0.00", CultureInfo.InvariantCulture),
        _ => null,
    };
}
