using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>The rule of the action types that only a voice contact can run (Voice ID, media streaming): on chat, task or email the
/// action takes its error branch, as their action pages say ("If used with the chat or task channels, the action takes the Error
/// branch").</summary>
internal static class VoiceChannel
{
    /// <summary>Null on a voice contact; else the NoMatchingError outcome naming the type and the contact's channel.</summary>
    public static ActionOutcome? Refuse(CallContext c, string type) =>
        string.Equals(c.Channel, "VOICE", StringComparison.OrdinalIgnoreCase)
            ? null
            : new ActionOutcome.ErrorOutcome(ErrorTypes.NoMatchingError, $"{type} runs on voice contacts only; this contact's channel is {c.Channel}");
}
