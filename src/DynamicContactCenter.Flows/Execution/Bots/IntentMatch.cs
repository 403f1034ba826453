using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Execution.Bots;

/// <summary>What a bot made of one utterance: the intent, its filled slots and how sure the match is.</summary>
/// <param name="Intent">The intent name (<c>$.Lex.IntentName</c>).</param>
/// <param name="Slots">Filled slots by name (<c>$.Lex.Slots.x</c>).</param>
/// <param name="Score">The match's confidence from 0 to 1 (<c>$.Lex.IntentConfidence.Score</c>).</param>
internal sealed record IntentMatch(string Intent, ImmutableDictionary<string, string> Slots, double Score)
{
    /// <summary>The intent Lex V2 returns when no intent matches: every V2 bot has one (AWS::Lex::Bot requires an intent based on
    /// AMAZON.FallbackIntent), and its default name is FallbackIntent.</summary>
    public const string FallbackIntent = "FallbackIntent";

    /// <summary>No intent matched.</summary>
    public static IntentMatch Fallback { get; } = new(FallbackIntent, ImmutableDictionary<string, string>.Empty, 0);
}
