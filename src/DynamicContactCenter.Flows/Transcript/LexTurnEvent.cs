using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>ConnectParticipantWithLexBot heard the caller (or nothing) and the bot chose an intent.</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
/// <param name="Bot">The bot's name in the instance model, or the reference of a stub bot.</param>
/// <param name="Utterance">What the caller said (empty on timeout).</param>
/// <param name="Intent">The intent chosen (empty on timeout).</param>
/// <param name="TimedOut">True when the caller said nothing before the time limit.</param>
public sealed record LexTurnEvent(string Flow, string? Action, string Bot, string Utterance, string Intent, bool TimedOut) : TranscriptEvent(Flow, Action)
{
    /// <inheritdoc />
    public override string Type => "lex";

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("bot", Bot);
        writer.WriteString("utterance", Utterance);
        writer.WriteString("intent", Intent);
        writer.WriteBoolean("timedOut", TimedOut);
    }
}
