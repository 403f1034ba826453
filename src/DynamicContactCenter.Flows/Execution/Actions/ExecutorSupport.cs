using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Transcript;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>What several executors share: reading typed parameters, resolving queues, speaking prompts, counting agents.</summary>
internal static class ExecutorSupport
{
    public static ActionOutcome Stop(CallContext c, string code, string field, string format, params object?[] args) =>
        new ActionOutcome.StopOutcome(c.Diagnostic(code, Severity.Error, field, format, args));

    public static ActionOutcome Fail(CallContext c, string errorType, string code, string field, string format, params object?[] args)
    {
        var diagnostic = c.Diagnostic(code, Severity.Warning, field, format, args);
        return new ActionOutcome.ErrorOutcome(errorType, diagnostic.Message, diagnostic);
    }

    /// <summary>Reads an integer parameter (dynamic allowed) within [min, max]; <paramref name="failure"/> is a Stop when it is invalid.</summary>
    public static int? ReadInt(CallContext c, string name, int min, int max, out ActionOutcome? failure)
    {
        failure = null;
        var text = c.Action.Parameters.Text(name);
        if (text is null) return null;
        var value = c.ResolveValue(text, "Parameters." + name, out _);
        if (value is not null && ParameterReader.TryParseInt(value, out var number) && number >= min && number <= max) return number;
        failure = Stop(c, FlowMessages.InvalidParameter.Code, "Parameters." + name, FlowMessages.InvalidParameter.Format, value ?? text,
            $"a whole number from {min} to {max}");
        return null;
    }

    /// <summary>Reads a boolean parameter ("True"/"true"/JSON true); <paramref name="failure"/> is a Stop when it is not a boolean.</summary>
    public static bool ReadBool(CallContext c, string name, bool defaultValue, out ActionOutcome? failure)
    {
        failure = null;
        var text = c.Action.Parameters.Text(name);
        if (text is null) return defaultValue;
        if (ParameterReader.TryParseBool(text, out var value)) return value;
        failure = Stop(c, FlowMessages.InvalidParameter.Code, "Parameters." + name, FlowMessages.InvalidParameter.Format, text, "True or False");
        return defaultValue;
    }

    /// <summary>Resolves QueueId (or AgentId) to a queue. Null parameters mean "use the working queue". A dynamic QueueId must be an
    /// ARN or id, as Connect requires; a static one may also be the queue's name.</summary>
    public static QueueDefinition? ResolveQueue(CallContext c, out ActionOutcome? failure, bool fallBackToTarget = true)
    {
        failure = null;
        var p = c.Action.Parameters;
        if (p.Text("QueueId") is { } queueText)
        {
            var value = c.ResolveValue(queueText, "Parameters.QueueId", out var dynamic);
            var queue = value is null ? null : dynamic ? c.Instance.Queues.FirstOrDefault(q => q.Arn == value || q.Id == value) : c.Instance.FindQueue(value);
            // A queue the flow names (a literal ARN, id or name, or a placeholder with no value) that the model does not have is a stub
            // (issue #12 item 1). A dynamic value stays an error, as with --strict: it comes from the team's own data or functions at run
            // time, and a queue they return that the model lacks is a finding (the shipped scenarios test that error path).
            if (queue is null && value is not null && !dynamic && !c.Request.Strict) return ReferenceStubs.Queue(c, value, "Parameters.QueueId");

            if (queue is null)
            {
                failure = Fail(c, "NoMatchingError", FlowMessages.UnknownQueue.Code, "Parameters.QueueId", FlowMessages.UnknownQueue.Format, value ?? queueText);
            }

            return queue;
        }

        if (p.Text("AgentId") is { } agentText)
        {
            var name = c.ResolveValue(agentText, "Parameters.AgentId", out _);
            var agent = c.Instance.Agents.FirstOrDefault(a => a.Name == name);
            if (agent is null)
            {
                failure = Fail(c, "NoMatchingError", FlowMessages.UnknownQueue.Code, "Parameters.AgentId", FlowMessages.UnknownQueue.Format, name ?? agentText);
                return null;
            }

            // An agent's personal queue: it has no hours and holds contacts for that agent only.
            return new QueueDefinition(agent.Name, $"{c.Instance.InstanceArn}/queue/agent/{agent.Name}", null, null, 0, 0);
        }

        if (fallBackToTarget && c.TargetQueue is { } target) return target;
        failure = Fail(c, "NoMatchingError", FlowMessages.NoTargetQueue.Code, "Parameters.QueueId", FlowMessages.NoTargetQueue.Format);
        return null;
    }

    /// <summary>Agents of a queue by status after the call's overrides (an agent queue: that agent).</summary>
    public static IReadOnlyList<AgentDefinition> Agents(CallContext c, QueueDefinition queue)
    {
        var own = c.Instance.Agents.FirstOrDefault(a => queue.Arn.EndsWith("/queue/agent/" + a.Name, StringComparison.Ordinal));
        if (own is not null) return [own];
        var agents = c.Instance.AgentsFor(queue, c.Request.AgentStatusOverrides);
        return queue.IsStub ? ReferenceStubs.Agents(c, queue, agents) : agents;
    }

    /// <summary>Speaks a prompt given as Text, SSML, PromptId or Media in <paramref name="owner"/>. Returns false when there is none.</summary>
    /// <summary>Why <see cref="Speak"/> found nothing to say: a prompt field of the wrong type is named with the type found
    /// (a Text that is a number is not "missing"); only when none is there is it missing.</summary>
    public static ActionOutcome NothingToSpeak(CallContext c, JsonElement owner, string fieldPrefix, string missingField, string expected)
    {
        foreach (var name in (string[])["Text", "SSML", "PromptId", "Media"])
        {
            // A Media object without a Uri string is the "missing" case below, not a wrong type.
            if (ParameterReader.Find(owner, name) is { ValueKind: not JsonValueKind.Null } value && !(name == "Media" && value.ValueKind == JsonValueKind.Object))
            {
                var field = fieldPrefix + name;
                return Stop(c, FlowMessages.InvalidParameter.Code, field, FlowMessages.WrongFieldType.Format, field, Parsing.FlowParser.Describe(value),
                    name == "Media" ? "an object with a Uri string" : "a string");
            }
        }

        return Stop(c, FlowMessages.MissingParameter.Code, missingField, FlowMessages.MissingParameter.Format, expected);
    }

    public static bool Speak(CallContext c, JsonElement owner, string fieldPrefix)
    {
        string? text = null;
        string format;
        if (ParameterReader.Find(owner, "Text") is { ValueKind: JsonValueKind.String } t)
        {
            text = c.Interpolate(t.GetString()!, fieldPrefix + "Text");
            format = "text";
        }
        else if (ParameterReader.Find(owner, "SSML") is { ValueKind: JsonValueKind.String } s)
        {
            text = c.Interpolate(s.GetString()!, fieldPrefix + "SSML");
            format = "ssml";
        }
        else if (ParameterReader.Find(owner, "PromptId") is { ValueKind: JsonValueKind.String } prompt)
        {
            text = c.ResolveValue(prompt.GetString()!, fieldPrefix + "PromptId", out _) ?? "";
            format = "prompt";
            ReferenceStubs.PlayedPrompt(c, text, fieldPrefix + "PromptId");
        }
        else if (ParameterReader.Find(owner, "Media") is { ValueKind: JsonValueKind.Object } media
                 && ParameterReader.Find(media, "Uri") is { ValueKind: JsonValueKind.String } uri)
        {
            text = c.Interpolate(uri.GetString()!, fieldPrefix + "Media.Uri");
            format = "media";
        }
        else
        {
            return false;
        }

        var spoken = new PromptSpokenEvent(c.FlowName, c.Action.Id, text, format, c.Voice, c.LanguageCode) { ToAgent = c.AgentListens };
        if (c.QueueClock is { } clock)
        {
            // In queue the prompt takes time on the virtual clock, so waits end and loops of prompts are bounded.
            spoken = spoken with { Waited = clock.Waited(c.Now) };
            c.Now += NodaTime.Duration.FromTimeSpan(Queueing.SpeakingTime.Of(text, format));
        }

        c.Emit(spoken);
        return true;
    }

    public static void Setting(CallContext c, string setting, string value) =>
        c.Emit(new SettingChangedEvent(c.FlowName, c.Action.Id, setting, value));
}
