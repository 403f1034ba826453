using System.Collections.Immutable;
using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution.Bots;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;
using DynamicContactCenter.Routing.Diagnostics;
using static DynamicContactCenter.Flows.Model.FlowTypes;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Get customer input" with a Lex bot: plays the prompt, takes the caller's next utterance (<c>--say</c>, scenario <c>say:</c>)
/// and matches it to an intent of the bot's local model (<c>bots:</c> in instance.yaml, <see cref="IntentMatcher"/>); the result is the
/// intent name and <c>$.Lex.*</c> is filled. A bot the model does not know is a stub that takes the caller's words as the intent name.</summary>
/// <remarks>Parameters as the action syntax documents them (awsdocs amazon-connect-admin-guide,
/// participant-actions-connectparticipantwithlexbot.md; reference §7): a prompt (Text, SSML, PromptId or Media), <c>LexV2Bot {AliasArn}</c>
/// or classic <c>LexBot {Name, Region, Alias}</c>, <c>LexSessionAttributes {k: v}</c> (static or dynamic values),
/// <c>LexInitializationData {InitialMessage}</c> (spelled LexInitilizationData in the reference's syntax block: both are read) and
/// <c>LexTimeoutSeconds {Text}</c> (chat). Real console exports carry an SSML prompt, LexV2Bot with a literal alias ARN (sometimes an
/// empty object once the ARN is stripped), LexSessionAttributes from contact attributes, one Equals condition per intent, and
/// NoMatchingCondition and NoMatchingError wired.</remarks>
internal sealed class ConnectParticipantWithLexBotExecutor : SyncExecutor
{
    private static readonly string[] InitialDataKeys = ["LexInitializationData", "LexInitilizationData"];

    public static ConnectParticipantWithLexBotExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail("ConnectParticipantWithLexBot") with
    {
        OptionalErrors = [ErrorTypes.InputTimeLimitExceeded],
        Result = ResultSpec.Where("Equals an intent name", c => c.Operator == ConditionOperator.Equals && ResultSpec.Operand(c) is { Length: > 0 }),
        // The same "Get customer input" block as GetParticipantInput, so the same flow types.
        AllowedIn = Of(Inbound, Transfer, Queue),
        CrossParameterProblems = BotProblems,
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        if (CallerPatience.HangsUp(c) is { } hungUp) return hungUp;
        var p = c.Action.Parameters.Raw;
        ExecutorSupport.Speak(c, p, "Parameters.");
        var (reference, field) = BotReference(c, p);
        var bot = reference is null ? null : c.Instance.FindBot(reference);
        var botName = bot?.Name ?? reference ?? "(none)";
        if (bot is null && c.Request.Strict)
        {
            return ExecutorSupport.Stop(c, CallerMessages.UnknownBot.Code, field, CallerMessages.UnknownBot.Format, reference ?? "(none)");
        }

        var sessionAttributes = SessionAttributes(c, p);
        var utterance = InitialMessage(c, p) ?? c.TakeUtterance();
        if (utterance is null)
        {
            c.Emit(new LexTurnEvent(c.FlowName, c.Action.Id, botName, "", "", TimedOut: true));
            CallerPatience.Heard(c, null);
            return new ActionOutcome.ErrorOutcome(ErrorTypes.InputTimeLimitExceeded, "the caller said nothing before the time limit");
        }

        IntentMatch match;
        if (bot is not null)
        {
            match = IntentMatcher.Match(bot, utterance);
        }
        else
        {
            // A stub bot: the caller's words are the intent, so a scenario can steer a flow through an unmodelled bot by saying intent names.
            c.Report(c.Diagnostic(CallerMessages.StubBot.Code, Severity.Warning, field, CallerMessages.StubBot.Format, botName, utterance));
            match = new IntentMatch(utterance.Trim(), ImmutableDictionary<string, string>.Empty, 1);
        }

        c.Run.Lex = new LexResult(botName, match, sessionAttributes);
        c.Emit(new LexTurnEvent(c.FlowName, c.Action.Id, botName, utterance, match.Intent, TimedOut: false));
        CallerPatience.Heard(c, match.Intent);
        return new ActionOutcome.ResultOutcome(match.Intent, "intent");
    }

    /// <summary>The bot the block names (a Lex V2 alias ARN, static or dynamic, or a classic bot name) and the field it is in.</summary>
    private static (string? Reference, string Field) BotReference(CallContext c, JsonElement p)
    {
        if (ParameterReader.Find(p, "LexBot") is { ValueKind: JsonValueKind.Object } classic)
        {
            const string nameField = "Parameters.LexBot.Name";
            return ParameterReader.Find(classic, "Name") is { ValueKind: JsonValueKind.String } name
                ? (c.ResolveValue(name.GetString()!, nameField, out _), nameField)
                : (null, nameField);
        }

        const string field = "Parameters.LexV2Bot.AliasArn";
        return ParameterReader.Find(p, "LexV2Bot") is { ValueKind: JsonValueKind.Object } v2
               && ParameterReader.Find(v2, "AliasArn") is { ValueKind: JsonValueKind.String } arn
            ? (c.ResolveValue(arn.GetString()!, field, out _), field)
            : (null, field);
    }

    /// <summary>LexSessionAttributes with each value resolved (static text or a single JSONPath); what the bot answers back.</summary>
    private static ImmutableDictionary<string, string> SessionAttributes(CallContext c, JsonElement p)
    {
        var attributes = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (ParameterReader.Find(p, "LexSessionAttributes") is not { ValueKind: JsonValueKind.Object } map) return attributes.ToImmutable();
        foreach (var property in map.EnumerateObject())
        {
            var text = Parsing.FlowDocumentReader.ScalarText(property.Value);
            if (text is not null && c.ResolveValue(text, "Parameters.LexSessionAttributes." + property.Name, out _) is { } value) attributes[property.Name] = value;
        }

        return attributes.ToImmutable();
    }

    /// <summary>LexInitializationData.InitialMessage (either spelling): a chat's first message, which the bot takes instead of waiting
    /// for the caller, so no scripted utterance is used for it.</summary>
    private static string? InitialMessage(CallContext c, JsonElement p)
    {
        foreach (var key in InitialDataKeys)
        {
            if (ParameterReader.Find(p, key) is { ValueKind: JsonValueKind.Object } data
                && ParameterReader.Find(data, "InitialMessage") is { ValueKind: JsonValueKind.String } message)
            {
                return c.Interpolate(message.GetString()!, $"Parameters.{key}.InitialMessage");
            }
        }

        return null;
    }

    /// <summary>A block names its bot with LexV2Bot or LexBot, not both.</summary>
    private static IEnumerable<(string Field, string Expected)> BotProblems(JsonElement p)
    {
        var v2 = ParameterStrings.TryGet(p, "LexV2Bot", out _);
        var classic = ParameterStrings.TryGet(p, "LexBot", out _);
        if (v2 == classic)
        {
            yield return ("Parameters.LexV2Bot", "exactly one of LexV2Bot {AliasArn} (Lex V2) or LexBot {Name, Region, Alias} (classic Lex)");
        }
    }
}
