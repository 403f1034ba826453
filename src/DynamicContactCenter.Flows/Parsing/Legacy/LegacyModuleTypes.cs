using System.Collections.Frozen;
using System.Text.Json.Nodes;
using DynamicContactCenter.Flows.Model;
using Rule = DynamicContactCenter.Flows.Parsing.Legacy.LegacyBranchRule;

namespace DynamicContactCenter.Flows.Parsing.Legacy;

/// <summary>The mapping table: every legacy module type dcc translates, keyed by <c>type</c> or <c>type/target</c> (a target-specific row
/// wins). docs/legacy-format.md lists the same rows with the public export that shows each; keep the two in step.</summary>
internal static class LegacyModuleTypes
{
    private static readonly FrozenDictionary<string, LegacyModuleRule> Rules = Build();

    /// <summary>The rule for <paramref name="module"/>, or null when its type (with its target) has none.</summary>
    public static LegacyModuleRule? For(LegacyModule module) =>
        module.Target is { } target && Rules.TryGetValue($"{module.Type}/{target}", out var specific) ? specific
        : Rules.TryGetValue(module.Type, out var general) ? general : null;

    /// <summary>The keys, for the message about an unknown type.</summary>
    public static string Known => string.Join(", ", Rules.Keys.Order(StringComparer.Ordinal));

    private static FrozenDictionary<string, LegacyModuleRule> Build()
    {
        var rules = new Dictionary<string, LegacyModuleRule>(StringComparer.Ordinal);
        void Add(string key, string type, Func<LegacyModuleContext, JsonObject> parameters, Dictionary<string, LegacyBranchRule>? branches = null) =>
            rules[key] = new LegacyModuleRule(type, parameters, (branches ?? LegacyModuleRule.Plain()).ToFrozenDictionary(StringComparer.Ordinal));
        Dictionary<string, LegacyBranchRule> With(params (string Condition, LegacyBranchRule Rule)[] extra)
        {
            var branches = LegacyModuleRule.Plain();
            foreach (var (condition, rule) in extra) branches[condition] = rule;
            return branches;
        }

        // Prompts and input.
        Add("PlayPrompt", ActionTypes.MessageParticipant, Prompt);
        Add("PlayAudio", ActionTypes.MessageParticipant, Prompt);
        Add("GetUserInput", ActionTypes.GetParticipantInput, DigitMenu,
            With(("Evaluate", Rule.Compare), ("NoMatch", Rule.NoMatchingCondition), ("Timeout", new Rule.Error("InputTimeLimitExceeded"))));
        Add("GetUserInput/Lex", "ConnectParticipantWithLexBot", LexBot,
            With(("Evaluate", Rule.Compare), ("NoMatch", Rule.NoMatchingCondition)));
        // Exports spell the invalid-number branch both ways (InvalidNumber, and InvalidPhoneNumber in tests/corpus CreateCallbackFlow).
        var invalidPhoneNumber = new Rule.Error("InvalidPhoneNumber");
        Add("StoreUserInput", ActionTypes.GetParticipantInput, StoredInput, With(("InvalidNumber", invalidPhoneNumber), ("InvalidPhoneNumber", invalidPhoneNumber)));
        Add("StoreCustomerInput", ActionTypes.GetParticipantInput, StoredInput, With(("InvalidNumber", invalidPhoneNumber), ("InvalidPhoneNumber", invalidPhoneNumber)));
        Add("LoopPrompts", ActionTypes.MessageParticipantIteratively, LoopPrompts, With(("Timeout", new Rule.Fixed("Equals", "MessagesInterrupted"))));

        // Attributes, checks and branching.
        Add("SetAttributes", ActionTypes.UpdateContactAttributes, c => new JsonObject { ["Attributes"] = c.Map("Attribute") });
        Add("SetScreenPop", ActionTypes.UpdateContactAttributes, c => new JsonObject { ["Attributes"] = c.Map("Attribute") });
        Add("CheckAttribute", ActionTypes.Compare, CheckAttribute, With(("Evaluate", Rule.Compare), ("NoMatch", Rule.NoMatchingCondition)));
        Add("InvokeExternalResource", ActionTypes.InvokeLambdaFunction, Lambda);
        Add("InvokeExternalResource/Lambda", ActionTypes.InvokeLambdaFunction, Lambda);
        Add("CheckHoursOfOperation", ActionTypes.CheckHoursOfOperation, c => Object(("HoursOfOperationId", c.Value("Hours"))),
            With(("True", new Rule.Fixed("Equals", "True")), ("False", new Rule.Fixed("Equals", "False"))));
        Add("CheckStaffing", ActionTypes.CheckMetricData, Staffing,
            With(("True", new Rule.Fixed("NumberGreaterThan", "0")), ("False", Rule.NoMatchingCondition)));
        Add("CheckQueueStatus", ActionTypes.CheckMetricData, QueueStatus,
            With(("CheckQueueTime", Rule.Compare), ("CheckQueueCapacity", Rule.Compare), ("NoMatch", Rule.NoMatchingCondition)));
        Add("PercentileBranching", ActionTypes.DistributeByPercentage, _ => [],
            With(("Evaluate", new Rule.Percentage()), ("NoMatch", Rule.NoMatchingCondition)));
        Add("Loop", ActionTypes.Loop, c => Object(("LoopCount", c.Required("LoopCount", "the number of loops"))),
            With(("Looping", new Rule.Fixed("Equals", "ContinueLooping")), ("Complete", new Rule.Fixed("Equals", "DoneLooping"))));
        Add("Wait", ActionTypes.Wait, Wait,
            With(("Timeout", new Rule.Fixed("Equals", "WaitCompleted")), ("CustomerReturn", new Rule.Fixed("Equals", CustomerReturned))));

        // Settings.
        Add("SetVoice", ActionTypes.UpdateContactTextToSpeechVoice, c => Object(("TextToSpeechVoice", c.Required("GlobalVoice", "a Polly voice, e.g. Joanna"))));
        Add("SetLoggingBehavior", ActionTypes.UpdateFlowLoggingBehavior, c => Object(("FlowLoggingBehavior", Enabled(c.Value("LoggingBehavior")))));
        Add("SetRecordingBehavior", ActionTypes.UpdateContactRecordingBehavior, Recording);
        Add("UpdateRoutingPriority", ActionTypes.UpdateContactRoutingBehavior,
            c => Object(("QueuePriority", c.Value("AbsolutePosition")), ("QueueTimeAdjustmentSeconds", c.Value("TimeOffset"))));
        Add("SetContactFlow", ActionTypes.UpdateContactEventHooks, EventHook);
        Add("SetEventHook", ActionTypes.UpdateContactEventHooks, EventHook);
        Add("SetCallBackNumber", ActionTypes.UpdateContactCallbackNumber, c => Object(("CallbackNumber", c.Required("CallBackNumber", "the number to call back"))),
            With(("InvalidNumber", new Rule.Error("InvalidCallbackNumber")), ("InvalidPhoneNumber", new Rule.Error("InvalidCallbackNumber")),
                ("NonDialableNumber", new Rule.Error("CallbackNumberNotDialable"))));
        Add("SetContactData", ActionTypes.UpdateContactData, ContactReferences);
        Add("SetQueue", ActionTypes.UpdateContactTargetQueue, c => Object(("QueueId", c.Value("Queue")), ("AgentId", c.Value("Agent"))));

        // Leaving the flow.
        Add("Transfer/Queue", ActionTypes.TransferContactToQueue, _ => [], With(("AtCapacity", new Rule.Error("QueueAtCapacity"))));
        Add("CustomerInQueue", ActionTypes.TransferContactToQueue, _ => [], With(("AtCapacity", new Rule.Error("QueueAtCapacity"))));
        Add("Transfer/Flow", ActionTypes.TransferToFlow, c => Object(("ContactFlowId", c.Required("ContactFlowId", "the flow to transfer to"))));
        Add("TransferToFlow", ActionTypes.TransferToFlow, c => Object(("ContactFlowId", c.Required("ContactFlowId", "the flow to transfer to"))));
        Add("Transfer/PhoneNumber", ActionTypes.TransferParticipantToThirdParty, PhoneTransfer,
            With(("CallFailure", new Rule.Error("CallFailed")), ("Timeout", new Rule.Error("ConnectionTimeLimitExceeded"))));
        Add("CreateCallback", ActionTypes.CreateCallbackContact, Callback);
        Add("Disconnect", ActionTypes.DisconnectParticipant, _ => []);
        Add("Resume", ActionTypes.EndFlowExecution, _ => []);
        return rules.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The chat event a Wait listens for; modern exports of the same block write it in <c>Events</c> and branch on its name.</summary>
    private const string CustomerReturned = "CustomerReturned";

    /// <summary>A chat Wait that ends early when the customer comes back (<c>InterruptOnCustomerReturn</c>, branch <c>CustomerReturn</c>, in
    /// tests/corpus "Basic Chat Disconnect Flow.json") lists that event, as modern exports do: <c>Events: ["CustomerReturned"]</c> with a
    /// condition <c>Equals CustomerReturned</c> (reference/flow-language.md, Wait). Either sign alone is enough, because the condition needs
    /// the event listed and the event is pointless without its branch.</summary>
    private static JsonObject Wait(LegacyModuleContext c)
    {
        var result = Object(("TimeLimitSeconds", c.Value("TimeoutSeconds") ?? c.Value("Timeout")));
        if (string.Equals(c.Value("InterruptOnCustomerReturn"), "true", StringComparison.OrdinalIgnoreCase)
            || c.Module.Branches.Any(b => b.Condition == "CustomerReturn"))
        {
            result["Events"] = new JsonArray(JsonValue.Create(CustomerReturned));
        }

        return result;
    }

    private static JsonObject Object(params (string Name, string? Value)[] values)
    {
        var result = new JsonObject();
        foreach (var (name, value) in values) LegacyModuleContext.Put(result, name, value);
        return result;
    }

    /// <summary>Text with TextToSpeechType ssml becomes SSML, other Text stays Text; AudioPrompt becomes PromptId.</summary>
    private static JsonObject Prompt(LegacyModuleContext c)
    {
        var result = new JsonObject();
        AddPrompt(c, result);
        return result;
    }

    private static void AddPrompt(LegacyModuleContext c, JsonObject target)
    {
        if (c.Value("Text") is { } text)
        {
            var ssml = string.Equals(c.Value("TextToSpeechType"), "ssml", StringComparison.OrdinalIgnoreCase);
            target[ssml ? "SSML" : "Text"] = text;
        }
        else if (c.Value("AudioPrompt") is { } prompt)
        {
            target["PromptId"] = prompt;
        }
    }

    private static JsonObject DigitMenu(LegacyModuleContext c)
    {
        var result = Object(("StoreInput", "False"), ("InputTimeLimitSeconds", c.Value("Timeout") ?? "5"));
        AddPrompt(c, result);
        return result;
    }

    private static JsonObject StoredInput(LegacyModuleContext c)
    {
        var result = Object(("StoreInput", "True"), ("InputTimeLimitSeconds", c.Value("Timeout") ?? "5"));
        AddPrompt(c, result);
        if (string.Equals(c.Value("CustomerInputType"), "PhoneNumber", StringComparison.OrdinalIgnoreCase))
        {
            var local = string.Equals(c.Value("PhoneNumberFormat"), "Local", StringComparison.OrdinalIgnoreCase);
            var phone = Object(("NumberFormat", local ? "Local" : "E164"), ("CountryCode", local ? c.Value("CountryCode") : null));
            result["InputValidation"] = new JsonObject { ["PhoneNumberValidation"] = phone };
        }
        else
        {
            result["InputValidation"] = new JsonObject { ["CustomValidation"] = Object(("MaximumLength", c.Value("MaxDigits") ?? "20")) };
        }

        var dtmf = Object(("InputTerminationSequence", c.Value("TerminatorDigits")), ("DisableCancelKey", c.Value("DisableCancel")));
        if (dtmf.Count > 0) result["DTMFConfiguration"] = dtmf;
        if (string.Equals(c.Value("EncryptEntry"), "true", StringComparison.OrdinalIgnoreCase))
        {
            result["InputEncryption"] = Object(("EncryptionKeyId", c.Value("EncryptionKeyId")), ("Key", c.Value("EncryptionKey")));
        }

        return result;
    }

    private static JsonObject LexBot(LegacyModuleContext c)
    {
        var result = new JsonObject();
        AddPrompt(c, result);
        result["LexBot"] = Object(("Name", c.Value("BotName")), ("Alias", c.Value("BotAlias")), ("Region", c.Value("BotRegion")));
        return result;
    }

    private static JsonObject LoopPrompts(LegacyModuleContext c)
    {
        var messages = new JsonArray();
        foreach (var p in c.Module.Parameters.Where(p => p.Name is "Text" or "AudioPrompt"))
        {
            if (c.Resolve(p) is { } value) messages.Add((JsonNode)new JsonObject { [p.Name == "Text" ? "Text" : "PromptId"] = value });
        }

        var result = new JsonObject { ["Messages"] = messages };
        LegacyModuleContext.Put(result, "InterruptFrequencySeconds", c.Value("InterruptSeconds"));
        return result;
    }

    private static JsonObject CheckAttribute(LegacyModuleContext c)
    {
        var name = c.Required("Attribute", "the attribute to check");
        var ns = c.Required("Namespace", "the attribute's namespace (External, User Defined, System...)");
        return name is null || ns is null ? [] : Object(("ComparisonValue", c.PathOf(ns, name, c.Module.Parameter("Namespace")!.Field + ".value")));
    }

    private static JsonObject Lambda(LegacyModuleContext c)
    {
        var result = Object(("LambdaFunctionARN", c.Required("FunctionArn", "the function's ARN")),
            ("InvocationTimeLimitSeconds", c.Value("TimeLimit") ?? "3"));
        var attributes = c.Map("Parameter");
        if (attributes.Count > 0) result["LambdaInvocationAttributes"] = attributes;
        return result;
    }

    private static JsonObject Staffing(LegacyModuleContext c)
    {
        var metric = c.Value("Status") switch
        {
            "Available" => "NumberOfAgentsAvailable",
            "Online" => "NumberOfAgentsOnline",
            _ => "NumberOfAgentsStaffed",
        };
        return Object(("MetricType", metric), ("QueueId", c.Value("Queue")), ("AgentId", c.Value("Agent")));
    }

    /// <summary>The metric comes from the branches: time in queue (CheckQueueTime) or contacts in queue (CheckQueueCapacity).</summary>
    private static JsonObject QueueStatus(LegacyModuleContext c)
    {
        var byCapacity = c.Module.Branches.Any(b => b.Condition == "CheckQueueCapacity");
        return Object(("MetricType", byCapacity ? "NumberOfContactsInQueue" : "OldestContactInQueueAgeSeconds"), ("QueueId", c.Value("Queue")));
    }

    private static string? Enabled(string? legacy) =>
        legacy is null ? null : legacy.StartsWith("Enable", StringComparison.OrdinalIgnoreCase) ? "Enabled" : "Disabled";

    private static JsonObject Recording(LegacyModuleContext c)
    {
        var participants = new JsonArray();
        if (Enabled(c.Value("RecordingBehaviorOption")) == "Enabled")
        {
            var who = c.Value("RecordingParticipantOption") ?? "Both";
            if (who is "Agent" or "Both") participants.Add((JsonNode)JsonValue.Create("Agent"));
            if (who is "Customer" or "Both") participants.Add((JsonNode)JsonValue.Create("Customer"));
        }

        return new JsonObject { ["RecordingBehavior"] = new JsonObject { ["RecordedParticipants"] = participants } };
    }

    private static JsonObject EventHook(LegacyModuleContext c)
    {
        var type = c.Required("Type", "the hook, e.g. CustomerQueue");
        var flow = c.Required("ContactFlowId", "the flow the hook runs");
        return type is null || flow is null ? [] : new JsonObject { ["EventHooks"] = new JsonObject { [type] = flow } };
    }

    /// <summary>Contact references ("View Original Email" → a URL): <c>{name: ContactData, namespace, contactReference: {key, value,
    /// type}}</c>, written as <c>References {key: {Value, Type}}</c>.</summary>
    private static JsonObject ContactReferences(LegacyModuleContext c)
    {
        var references = new JsonObject();
        foreach (var p in c.Module.All("ContactData"))
        {
            if (p.Element.ValueKind != System.Text.Json.JsonValueKind.Object || !p.Element.TryGetProperty("contactReference", out var reference)
                || reference.ValueKind != System.Text.Json.JsonValueKind.Object
                || !reference.TryGetProperty("key", out var key) || key.ValueKind != System.Text.Json.JsonValueKind.String
                || !reference.TryGetProperty("value", out var value))
            {
                c.FailMissing(p.Field + ".contactReference", p.Field + ".contactReference", "an object with key, value and type");
                continue;
            }

            var resolved = c.Resolve(p with { Value = value });
            var type = reference.TryGetProperty("type", out var t) && t.ValueKind == System.Text.Json.JsonValueKind.String ? t.GetString() : "STRING";
            if (resolved is not null) references[key.GetString()!] = new JsonObject { ["Value"] = resolved, ["Type"] = type };
        }

        return new JsonObject { ["References"] = references };
    }

    private static JsonObject PhoneTransfer(LegacyModuleContext c) => Object(
        ("ThirdPartyPhoneNumber", c.Required("PhoneNumber", "the number to transfer to")),
        ("ThirdPartyConnectionTimeLimitSeconds", c.Value("TimeLimit") ?? "30"),
        ("ContinueFlowExecution", string.Equals(c.Value("BlindTransfer"), "true", StringComparison.OrdinalIgnoreCase) ? "False" : "True"),
        ("CallerId", null));

    private static JsonObject Callback(LegacyModuleContext c) => Object(
        ("InitialCallDelaySeconds", c.Value("InitialDelaySeconds")),
        ("MaximumConnectionAttempts", c.Value("MaxRetryAttempts")),
        ("RetryDelaySeconds", c.Value("RetryDelaySeconds")));
}
