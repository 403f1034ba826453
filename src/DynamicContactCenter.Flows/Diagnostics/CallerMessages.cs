using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Diagnostics;

/// <summary>What the caller model says (issue #12 item 2): Lex bots the instance model does not know, the local bot model in
/// instance.yaml, and a call request's channel. Codes DCC3350–DCC3359 (calls) and DCC3220–DCC3229 (instance model).</summary>
public static class CallerMessages
{
    /// <summary>A Lex bot the instance model does not know ran as a stub that echoes the caller's words as the intent.</summary>
    public static readonly DiagnosticDescriptor StubBot = new("DCC3350",
        "Lex bot '{0}' is not a bot of the instance model: it ran as a stub that takes the caller's words \"{1}\" as the intent name (model it under bots:, or --strict makes this an error).");

    /// <summary>With --strict, a Lex bot the instance model does not know stops the call.</summary>
    public static readonly DiagnosticDescriptor UnknownBot = new("DCC3351",
        "'{0}' is not a bot of the instance model; expected a bot under bots: with this aliasArn (Lex V2) or name (classic Lex).");

    /// <summary>The call's channel is not one a contact can have.</summary>
    public static readonly DiagnosticDescriptor InvalidChannel = new("DCC3352", "channel '{0}' is not valid; expected {1}.");

    /// <summary>A sample utterance of the bot model names a slot its intent does not define.</summary>
    public static readonly DiagnosticDescriptor UndefinedSlot = new("DCC3220",
        "utterance \"{0}\" names slot {{{1}}}, which the intent does not define; expected a slot listed under its slots: ({2}).");
}
