using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Scenarios;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Local.Explore;

/// <summary>Compare ("Check contact attributes"): a value that satisfies the branch's condition (or none, for NoMatchingCondition),
/// put where the compared reference reads it. <c>$.External.KEY</c> comes from the last Lambda function the call invoked before the
/// check: it gets a mock answering KEY (over the rest of its mocked answer). <c>$.Attributes.KEY</c> that the flow set from a Lambda
/// answer (UpdateContactAttributes with <c>KEY: $.External.X</c>) gets a mock of that function answering X; otherwise it is given as a
/// contact attribute the call starts with. Values that come from routing data are reached by the explorer's seeds (every dialed number of
/// the store), not here.</summary>
internal sealed class CompareValueChooser : IInputChooser
{
    /// <summary>A value no ordinary condition expects, for NoMatchingCondition.</summary>
    public const string NoMatch = "dcc-explore-no-match";

    private const string External = "$.External.";
    private const string Attributes = "$.Attributes.";

    public bool Decides(string actionType) => actionType == ActionTypes.Compare;

    public IEnumerable<ExploreCandidate> Candidates(ChoicePoint point, string branch)
    {
        var value = point.Condition(branch) is { } condition ? Satisfying(condition) : branch == ErrorTypes.NoMatchingCondition ? NoMatch : null;
        if (value is null || point.Check is not { } compared) yield break;
        if (compared.StartsWith(External, StringComparison.Ordinal) && compared.Length > External.Length
            && point.Before.OfType<LambdaCalledEvent>().LastOrDefault() is { } called)
        {
            yield return Answering(point, called, compared[External.Length..], value);
        }
        else if (compared.StartsWith(External, StringComparison.Ordinal) && compared.Length > External.Length && !compared[External.Length..].Contains('.', StringComparison.Ordinal))
        {
            // No function answered before the check: the flow was entered mid-journey (a transfer target such as the original sample's
            // 100_LangFlow), so $.External is what the flow before it left, given as the call's start state (docs/mocks.md).
            yield return Starting(point, compared[External.Length..], value);
        }
        else if (compared.StartsWith(Attributes, StringComparison.Ordinal) && compared.Length > Attributes.Length)
        {
            var key = compared[Attributes.Length..];
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

    /// <summary>A value that makes <paramref name="condition"/> hold (<see cref="Flows.Expressions.ConditionEvaluator"/>'s operators).</summary>
    private static string? Satisfying(TransitionCondition condition)
    {
        if (condition.Operands.IsDefaultOrEmpty) return null;
        var operand = condition.Operands[0];
        var number = decimal.TryParse(operand, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : (decimal?)null;
        return condition.Operator switch
        {
            ConditionOperator.NumberGreaterThan => number is { } g ? (g + 1).ToString(CultureInfo.InvariantCulture) : null,
            ConditionOperator.NumberLessThan => number is { } l ? (l - 1).ToString(CultureInfo.InvariantCulture) : null,
            ConditionOperator.NumberGreaterOrEqualTo or ConditionOperator.NumberLessOrEqualTo => number is null ? null : operand,
            _ => operand,
        };
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
