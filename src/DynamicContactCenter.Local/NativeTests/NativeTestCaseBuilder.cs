using System.Collections.Immutable;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Scenarios;
using DynamicContactCenter.Flows.Transcript;
using DynamicContactCenter.Local.Scenarios;

namespace DynamicContactCenter.Local.NativeTests;

/// <summary>Turns one scenario's offline run into an Amazon Connect native test case (the Testing language, connect-platform.md §4):
/// what the run did, in order, becomes a linear chain of observations the live runner waits for.</summary>
/// <remarks>Mapping: <c>TestInitiated</c> first, holding every override (overrides are used once each, first in first out, so they are
/// queued in the order the run needs them); each prompt the caller heard → <c>MessageReceived</c>; keys pressed / words said →
/// <c>SendInstruction</c> on the prompt before them (the one that collects them); each Lambda call and hours check →
/// <c>FlowActionStarted</c>; a faulted function → a Lambda <c>MockResponse</c>; each hours check → a <c>SubstituteResource</c> to the
/// always-open or always-closed hours (mocked hours results are rejected live, §4); the queue reached → <c>FlowActionStarted</c>
/// TransferContactToQueue with an <c>Assert</c> on <c>$.Queue.Name</c>, the scenario's expected attributes and <c>EndTest</c>, plus a
/// queue substitution to a no-agent queue as a second safeguard.</remarks>
public static partial class NativeTestCaseBuilder
{
    /// <summary>The only <c>Version</c> live runs accept (one AWS page shows 2025-06-21; live users report only this one works, §4).</summary>
    public const string ContentVersion = "2019-10-30";

    /// <summary>The largest <c>Content</c> the export writes. Neither the API reference nor botocore's model gives CreateTestCase's Content
    /// a maximum, so we hold it to CreateContactFlow's documented 256,000-character Content limit until a live run says otherwise.</summary>
    public const int MaxContentLength = 256_000;

    /// <summary>How prompt texts are matched. Similarity, not Inclusion: on a voice test the runner hears the prompt through speech
    /// recognition, so punctuation, casing and numbers ("24/7", "$5") come back spelled differently and an Inclusion of the exact routing
    /// text would fail on correct prompts; Similarity still tells one prompt from another.</summary>
    public const string PromptMatching = "Similarity";

    /// <summary>Builds the test case for <paramref name="outcome"/> (a scenario of the file exported as <paramref name="file"/>).</summary>
    /// <param name="file">The file's folder name in the export.</param>
    /// <param name="fileName">The file as given (suite name).</param>
    /// <param name="slug">The scenario's file name stem.</param>
    /// <param name="outcome">The scenario's offline run.</param>
    /// <param name="instance">The instance model (hours ARNs).</param>
    /// <param name="flowIds">Flow name → flow id, for scenarios that start at a flow (<c>--flow-ids</c>).</param>
    public static NativeTestCase Build(string file, string fileName, string slug, ScenarioOutcome outcome, InstanceModel instance,
        IReadOnlyDictionary<string, string> flowIds)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(flowIds);
        var scenario = outcome.Scenario;
        var testCase = new NativeTestCase(file, fileName, scenario.Name, slug);
        if (SkipReason(outcome, flowIds) is { } reason) return testCase with { SkippedBecause = reason };

        var chain = new ObservationChain();
        var included = new List<string>();
        var notObservable = new List<string>();
        var initiated = chain.Add(Event("TestInitiated", []));
        QueuedEvent? queued = null;
        TranscriptEvent? previous = null;
        foreach (var e in outcome.Result.Events)
        {
            switch (e)
            {
                case PromptSpokenEvent { ToAgent: false } prompt when PromptEvent(prompt, notObservable) is { } message:
                    chain.Add(message);
                    included.Add($"prompt \"{prompt.Text}\"");
                    break;
                case InputReceivedEvent { TimedOut: false, Digits.Length: > 0 } keys:
                    chain.Last.Actions.Add(Instruction("DtmfInput", keys.Digits));
                    included.Add($"keys {keys.Digits}");
                    break;
                case LexTurnEvent { TimedOut: false, Utterance.Length: > 0 } turn:
                    chain.Last.Actions.Add(Instruction("Utterance", turn.Utterance));
                    included.Add($"utterance \"{turn.Utterance}\"");
                    break;
                case LambdaCalledEvent lambda:
                    chain.Add(Event("FlowActionStarted", new() { ["ActionType"] = "InvokeLambdaFunction", ["ActionParameters"] = new JsonObject { ["LambdaFunctionARN"] = lambda.Function } }));
                    included.Add($"Lambda {lambda.FunctionName ?? lambda.Function}");
                    if (FaultFor(scenario, lambda) is { } fault)
                    {
                        initiated.Actions.Add(Override("InvokeLambdaFunction", new JsonObject { ["LambdaFunctionARN"] = lambda.Function }, MockResponse(fault)));
                        included.Add($"Lambda mock: {fault}");
                    }

                    break;
                case CheckEvent check when HoursChecked(check, instance) is { } hours:
                    var open = check.Value == "True";
                    chain.Add(Event("FlowActionStarted", new() { ["ActionType"] = "CheckHoursOfOperation", ["ActionParameters"] = HoursParameters(hours) }));
                    initiated.Actions.Add(Override("CheckHoursOfOperation", HoursParameters(hours), Substitute(open ? NativeTestPlaceholders.AlwaysOpenHoursArn : NativeTestPlaceholders.AlwaysClosedHoursArn)));
                    included.Add($"hours {hours.Name} forced {(open ? "open" : "closed")} (the run's time {scenario.Call.At:yyyy-MM-dd HH:mm zzz})");
                    break;
                case CheckEvent check when IsStaffingCheck(check):
                    notObservable.Add($"staffing: {check.Check} was {check.Value ?? "missing"}; the live queue's agents decide (the staffing check has no override)");
                    break;
                case QueuedEvent queue:
                    queued = queue;
                    break;
                case CallEndedEvent { Disconnected: true }:
                    notObservable.Add("the disconnect itself (the native runner has no event for it)");
                    if (previous is PromptSpokenEvent last)
                    {
                        notObservable.Add($"the last prompt before the hang-up (\"{Shorten(last.Text)}\") was missed in 4 of 10 live voice runs");
                    }

                    break;
            }

            if (queued is not null) break;
            previous = e;
        }

        if (queued is not null)
        {
            chain.Add(Event("FlowActionStarted", new() { ["ActionType"] = "TransferContactToQueue", ["ActionParameters"] = new JsonObject { ["QueueId"] = queued.QueueArn } }));
            chain.Last.Actions.Add(Assert("$.Queue.Name", queued.QueueName));
            initiated.Actions.Add(Override("TransferContactToQueue", new JsonObject { ["QueueId"] = queued.QueueArn }, Substitute(NativeTestPlaceholders.NoAgentQueueArn)));
            included.Add($"queue {queued.QueueName} (asserted, test ended before the transfer; queue substituted by the no-agent test queue)");
            var afterQueue = outcome.Result.Events.SkipWhile(e => !ReferenceEquals(e, queued)).OfType<PromptSpokenEvent>().Count(p => !p.ToAgent);
            if (afterQueue > 0) notObservable.Add($"{afterQueue} prompt(s) while waiting in queue (the test ends before the transfer, so no one waits)");
        }

        if (chain.Count == 1) return testCase with { SkippedBecause = NativeTestMessages.NothingObservable.CodedMessage() };

        foreach (var (name, value) in scenario.Expect.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            chain.Last.Actions.Add(Assert($"$.Attributes.{name}", value));
            included.Add($"attribute {name} = \"{value}\"");
        }

        chain.Last.Actions.Add(EndTest());
        AddNotes(scenario, outcome.Result, notObservable);
        var content = new JsonObject { ["Version"] = ContentVersion, ["Metadata"] = new JsonObject(), ["Observations"] = chain.ToJson() };
        var compact = NativeTestJson.Compact(content);
        if (compact.Length > MaxContentLength)
        {
            return testCase with { SkippedBecause = NativeTestMessages.ContentTooLarge.CodedMessage(compact.Length, MaxContentLength) };
        }

        var input = new JsonObject
        {
            ["InstanceId"] = NativeTestPlaceholders.InstanceId,
            ["Name"] = $"{file}: {scenario.Name}",
            ["Description"] = $"Exported by dcc test --export-native from {file}.yaml, scenario \"{scenario.Name}\".",
            ["Content"] = compact,
            ["EntryPoint"] = EntryPoint(scenario.Call, flowIds),
            ["Status"] = "PUBLISHED",
        };
        if (!scenario.Call.Attributes.IsEmpty)
        {
            // The API takes InitializationData as a JSON string (botocore: TestCaseInitializationData is a string), in the one shape live runs read back.
            var attributes = new JsonObject();
            foreach (var (name, value) in scenario.Call.Attributes) attributes[name] = value;
            input["InitializationData"] = NativeTestJson.Compact(new JsonObject { ["Attributes"] = attributes, ["SegmentAttributes"] = new JsonObject() });
            included.Add($"initial attributes {string.Join(", ", scenario.Call.Attributes.Keys.Order(StringComparer.Ordinal))}");
        }

        return testCase with { Content = content, CreateInput = input, Included = [.. included], NotObservable = [.. notObservable.Distinct()] };
    }

    /// <summary>Why <paramref name="outcome"/> cannot be a native test case, or null when it can.</summary>
    private static string? SkipReason(ScenarioOutcome outcome, IReadOnlyDictionary<string, string> flowIds)
    {
        var call = outcome.Scenario.Call;
        if (!outcome.Passed) return NativeTestMessages.RunFailed.CodedMessage(outcome.Failures.Length);
        if (call.Channel != ContactChannel.Voice) return NativeTestMessages.NotVoice.CodedMessage(call.Channel);
        if (outcome.Scenario.Faults.FirstOrDefault(f => !f.IsFunctionFault) is { } fault) return NativeTestMessages.FaultNotInjectable.CodedMessage(fault);
        if (outcome.Scenario.Faults.FirstOrDefault(f => f.Kind == ScenarioFaultKind.FunctionReturnsNotJson) is { } notJson) return NativeTestMessages.NotJsonMock.CodedMessage(notJson);
        if (!call.ContactsInQueue.IsEmpty) return NativeTestMessages.FullQueue.CodedMessage();
        if (call.Environment is { } environment) return NativeTestMessages.Environment.CodedMessage(environment);
        if (call.Start is not null) return NativeTestMessages.StartState.CodedMessage();
        if (call.Mocks.Any(m => m.Label != "fault") || !call.Stubs.IsEmpty) return NativeTestMessages.ScenarioMocks.CodedMessage();
        if (call.StartFlow is { } flow && !flowIds.ContainsKey(flow)) return NativeTestMessages.StartFlowWithoutId.CodedMessage(flow);
        return null;
    }

    /// <summary>A voice call to the dialed number from the scenario's caller, or — for a scenario that starts at a flow — that flow's id
    /// alone (FlowId together with a destination number is rejected live, §4).</summary>
    private static JsonObject EntryPoint(ScenarioCall call, IReadOnlyDictionary<string, string> flowIds) => new()
    {
        ["Type"] = "VOICE_CALL",
        ["VoiceCallEntryPointParameters"] = call.StartFlow is { } flow
            ? new JsonObject { ["FlowId"] = flowIds[flow] }
            : new JsonObject { ["SourcePhoneNumber"] = call.Caller, ["DestinationPhoneNumber"] = call.Number },
    };

    /// <summary>The MessageReceived for a prompt, or null (with a note) for one the runner cannot match: a media file, or SSML that is
    /// only silence.</summary>
    private static JsonObject? PromptEvent(PromptSpokenEvent prompt, List<string> notObservable)
    {
        var (property, value) = prompt.Format switch
        {
            "ssml" => ("SSML", prompt.Text),
            "prompt" => ("PromptId", prompt.Text),
            "media" => (null, prompt.Text),
            _ => ("Text", prompt.Text),
        };
        if (property is null)
        {
            notObservable.Add($"media prompt {value} (no text to match)");
            return null;
        }

        if (string.IsNullOrWhiteSpace(property == "SSML" ? SsmlTags().Replace(value, "") : value))
        {
            notObservable.Add(value.Length == 0 ? "an empty prompt (nothing to hear)" : $"silent SSML {value} (nothing to hear)");
            return null;
        }

        // MatchingCriteria goes inside Properties: the documented sibling form never matches live (§4).
        return Event("MessageReceived", new() { [property] = value, ["MatchingCriteria"] = new JsonObject { ["Type"] = PromptMatching } });
    }

    private static void AddNotes(Scenario scenario, CallResult result, List<string> notObservable)
    {
        var voices = result.Prompts.Select(p => $"{p.Voice} {p.LanguageCode}").Distinct().ToList();
        if (voices.Count > 0) notObservable.Add($"voice and language per prompt ({string.Join(", ", voices)}): the runner matches the words only");
        foreach (var (queue, status) in scenario.Call.Agents.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            notObservable.Add($"agents: {queue} {status} (set by the scenario; live, the queue's real agents count)");
        }

        if (scenario.Expect.Lambdas is { IsDefault: false, IsEmpty: false }) notObservable.Add("what each function was sent and answered (only that it was called)");
    }

    /// <summary>The hours of operation a CheckHoursOfOperation checked (its check reads <c>hours NAME at ...</c>), or null for other checks.</summary>
    private static HoursOfOperation? HoursChecked(CheckEvent check, InstanceModel instance) =>
        check.Check.StartsWith("hours ", StringComparison.Ordinal)
            ? instance.Hours.OrderByDescending(h => h.Name.Length).FirstOrDefault(h => check.Check.StartsWith($"hours {h.Name} at ", StringComparison.Ordinal))
            : null;

    /// <summary>A CheckMetricData agent count (<c>NumberOfAgentsAvailable English</c>, ...): the staffing check no override can force.</summary>
    private static bool IsStaffingCheck(CheckEvent check) => check.Check.StartsWith("NumberOfAgents", StringComparison.Ordinal)
        || check.Check.StartsWith("AgentsOnline", StringComparison.Ordinal) || check.Check.StartsWith("AgentsAvailable", StringComparison.Ordinal)
        || check.Check.StartsWith("AgentsStaffed", StringComparison.Ordinal);

    private static JsonObject HoursParameters(HoursOfOperation hours) => new() { ["HoursOfOperationId"] = hours.Arn ?? hours.Name };

    /// <summary>The scenario's fault on the function <paramref name="lambda"/> called, when the run answered it with that fault.</summary>
    private static ScenarioFault? FaultFor(Scenario scenario, LambdaCalledEvent lambda) =>
        scenario.Faults.FirstOrDefault(f => f.IsFunctionFault && (f.Target == lambda.FunctionName || f.Target == lambda.Function));

    /// <summary>A Lambda mock. Its shape is one of the uncertainties a first live run settles (the docs and a live report disagree, §4): a
    /// fault answers <c>{"Status": "Error"}</c> (the block's Error branch), an answer <c>{"Status": "Success", "Response": {...}}</c>.</summary>
    private static JsonObject MockResponse(ScenarioFault fault)
    {
        var response = fault.Kind switch
        {
            ScenarioFaultKind.FunctionReturnsNested => JsonNode.Parse(FaultMocks.NestedResponse),
            ScenarioFaultKind.FunctionResponds => ParseOrText(fault.Response ?? ""),
            _ => null,
        };
        var mock = response is null ? new JsonObject { ["Status"] = "Error" } : new JsonObject { ["Status"] = "Success", ["Response"] = response };
        return new JsonObject { ["Type"] = "MockResponse", ["MockResponse"] = mock };
    }

    private static JsonNode ParseOrText(string body)
    {
        try
        {
            return JsonNode.Parse(body) ?? JsonValue.Create(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return JsonValue.Create(body);
        }
    }

    private static JsonObject Substitute(string arn) => new() { ["Type"] = "SubstituteResource", ["SubstituteArn"] = arn };

    private static JsonObject Event(string type, JsonObject properties) => new() { ["Type"] = type, ["Actor"] = "System", ["Properties"] = properties };

    private static JsonObject Override(string actionType, JsonObject parameters, JsonObject strategy) => new()
    {
        ["Type"] = "OverrideSystemBehavior",
        ["Parameters"] = new JsonObject
        {
            ["ActionType"] = "OverrideSystemBehavior",
            ["Behavior"] = new JsonObject
            {
                ["Type"] = "FlowAction",
                ["Properties"] = new JsonObject { ["ActionType"] = actionType, ["ActionParameters"] = parameters, ["Strategy"] = strategy },
            },
        },
    };

    private static JsonObject Instruction(string type, string value) => new()
    {
        ["Type"] = "SendInstruction",
        ["Parameters"] = new JsonObject
        {
            ["ActionType"] = "SendInstruction",
            ["Instruction"] = new JsonObject { ["Type"] = type, ["Properties"] = new JsonObject { ["Value"] = value } },
        },
    };

    // Assert alone does not repeat ActionType in its Parameters (§4); it always gets an Operand.
    private static JsonObject Assert(string path, string value) => new()
    {
        ["Type"] = "Assert",
        ["Parameters"] = new JsonObject { ["Namespace"] = path, ["Operator"] = "Equals", ["Operand"] = value },
    };

    private static JsonObject EndTest() => new()
    {
        ["Type"] = "TestControl",
        ["Parameters"] = new JsonObject { ["ActionType"] = "TestControl", ["Command"] = new JsonObject { ["Type"] = "EndTest" } },
    };

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex SsmlTags();
}
