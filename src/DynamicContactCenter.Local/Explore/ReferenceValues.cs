using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Scenarios;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Local.Explore;

/// <summary>Puts a value where a flow's dynamic reference reads it, for the choosers that need a value there (a compared attribute, a
/// voice, a queue): <c>$.External.KEY</c> comes from the last Lambda function the call invoked before the action, which gets a mock
/// answering KEY (over the rest of its mocked answer), or, with no function before it (a flow entered mid-journey), from the
/// <c>$.External</c> the call starts with; <c>$.Attributes.KEY</c> that the flow set from a Lambda answer (UpdateContactAttributes with
/// <c>KEY: $.External.X</c>) gets a mock of that function answering X, and otherwise is a contact attribute the call starts with.</summary>
internal static class ReferenceValues
{
    private const string External = "$.External.";
    private const string Attributes = "$.Attributes.";

    /// <summary>Calls in which <paramref name="reference"/> reads <paramref name="value"/> at <paramref name="point"/>'s action, most
    /// likely first; empty for a reference no input sets (a system value, a nested path).</summary>
    public static IEnumerable<ExploreCandidate> Place(ChoicePoint point, string reference, string value)
    {
        if (reference.StartsWith(External, StringComparison.Ordinal) && reference.Length > External.Length
            && point.Before.OfType<LambdaCalledEvent>().LastOrDefault() is { } called)
        {
            yield return Answering(point, called, reference[External.Length..], value);
        }
        else if (reference.StartsWith(External, StringComparison.Ordinal) && reference.Length > External.Length && !reference[External.Length..].Contains('.', StringComparison.Ordinal))
        {
            // No function answered before the action: the flow was entered mid-journey (a transfer target such as the original sample's
            // 100_LangFlow), so $.External is what the flow before it left, given as the call's start state (docs/mocks.md).
            yield return Starting(point, reference[External.Length..], value);
        }
        else if (reference.StartsWith(Attributes, StringComparison.Ordinal) && reference.Length > Attributes.Length)
        {
            var key = reference[Attributes.Length..];
            if (SetFromAnswer(point, key) is { } source) yield return Answering(point, source.Called, source.ExternalKey, value);
            yield return new ExploreCandidate(point.Call with { Attributes = point.Call.Attributes.SetItem(key, value) }, $"attribute {key}={value}");
        }
    }

    /// <summary>The call with <paramref name="called"/>'s function mocked to answer <paramref name="key"/> = <paramref name="value"/>.</summary>
    private static ExploreCandidate Answering(ChoicePoint point, LambdaCalledEvent called, string key, string value)
    {
        var function = LambdaOutcomeChooser.Target(called);
        var body = Body(point.Call, function);
        body[key] = value;
        return LambdaOutcomeChooser.With(point, function, MockAnswer.Response(body.ToJsonString()), $"{function} answers {key}={value}");
    }

    /// <summary>The call starting with <c>$.External.<paramref name="key"/></c> = <paramref name="value"/> over its start state.</summary>
    private static ExploreCandidate Starting(ChoicePoint point, string key, string value)
    {
        var start = point.Call.Start ?? new StartState(null, ImmutableDictionary<string, string>.Empty, ImmutableDictionary<string, string>.Empty);
        var external = start.External is { ValueKind: JsonValueKind.Object } given && JsonNode.Parse(given.GetRawText()) is JsonObject existing ? existing : [];
        external[key] = value;
        using var document = JsonDocument.Parse(external.ToJsonString());
        return new ExploreCandidate(point.Call with { Start = start with { External = document.RootElement.Clone() } }, $"starts with $.External.{key}={value}");
    }

    /// <summary>When the contact attribute <paramref name="key"/> was last set before the check from <c>$.External.X</c>: the Lambda
    /// call whose answer that was, and X. Read from the transcript (the attribute's <c>attribute</c> event, the action that wrote it and
    /// its <c>Attributes</c> parameter as the flow writes it).</summary>
    private static (LambdaCalledEvent Called, string ExternalKey)? SetFromAnswer(ChoicePoint point, string key)
    {
        var before = point.Before.ToList();
        var set = before.FindLastIndex(e => e is AttributeSetEvent { Namespace: "Attributes" } a && a.Key == key);
        if (set < 0) return null;
        var writer = point.Result.Visits.LastOrDefault(v => v.TranscriptStart <= set && v.ActionId == before[set].Action && v.Flow.Name == before[set].Flow);
        if (writer?.Flow.FindAction(writer.ActionId) is not { } action
            || !action.Parameters.TryGetProperty("Attributes", out var attributes) || attributes.ValueKind != JsonValueKind.Object
            || !attributes.TryGetProperty(key, out var source) || source.ValueKind != JsonValueKind.String
            || source.GetString() is not { } text || !text.StartsWith(External, StringComparison.Ordinal) || text.Length <= External.Length)
        {
            return null;
        }

        return before.Take(set).OfType<LambdaCalledEvent>().LastOrDefault() is { } called ? (called, text[External.Length..]) : null;
    }

    /// <summary>The call's current mocked answer of <paramref name="function"/> as an object to add a key to; empty when it has none.</summary>
    private static JsonObject Body(ScenarioCall call, string function)
    {
        var json = call.Mocks.FirstOrDefault(m => m.Target == function)?.Answers.LastOrDefault()?.ResponseJson;
        try
        {
            return json is not null && JsonNode.Parse(json) is JsonObject existing ? existing : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
