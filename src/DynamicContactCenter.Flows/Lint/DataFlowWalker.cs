using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Expressions;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Routing.Placeholders;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>Walks every path of the flows for every <see cref="DataCase"/> of the routing data, calling the flows' Lambda functions
/// through an <see cref="ILambdaInvoker"/> (the real handlers, from the CLI) with the data of that case, and records what each action
/// reads and gets. Every branch is followed (conditions and errors alike): lint asks what <em>can</em> happen, not what one call does.</summary>
/// <remarks>A Lambda call's success path continues with its response as <c>$.External</c>; its error paths keep the previous
/// <c>$.External</c> (InterpreterOptions default). TransferToFlow carries <c>$.External</c> and attributes into the target flow.
/// Each distinct (action, state) is visited once, so loops end.</remarks>
internal sealed partial class DataFlowWalker(InstanceModel instance, IReadOnlyDictionary<string, LintedFlow> flows, ILambdaInvoker invoker)
{
    /// <summary>A number that no DialedNumbers row lists, for walking the <c>default</c> row (555-01xx numbers are fictional).</summary>
    public const string UnlistedNumber = "+15555550199";

    private const string CallerNumber = "+15555550100";
    private const int MaxStatesPerCase = 20_000;
    private readonly Dictionary<string, (string? Error, string? Json)> _calls = new(StringComparer.Ordinal);

    /// <summary>The cases of <paramref name="routing"/>: every DialedNumbers row × every environment.</summary>
    public static ImmutableArray<DataCase> Cases(RoutingData routing, InstanceModel instance)
    {
        var environments = routing.Environments.Select(e => e.Environment).ToList();
        if (environments.Count == 0) environments.Add(instance.Placeholders.GetValueOrDefault("Environment") ?? "prod");
        return [.. from row in routing.DialedNumbers
                   from environment in environments
                   select new DataCase(row.Number == DialedNumber.DefaultKey ? UnlistedNumber : row.Number, row.Number, row.Language, environment)];
    }

    public async Task<IReadOnlyList<WalkObservation>> WalkAsync(IEnumerable<DataCase> cases, CancellationToken cancellationToken)
    {
        var observations = new List<WalkObservation>();
        foreach (var dataCase in cases)
        {
            var startReference = instance.PhoneNumbers.GetValueOrDefault(dataCase.Number) ?? instance.DefaultFlow;
            if (startReference is null || FindFlow(startReference) is not { } start) continue;
            await WalkCaseAsync(dataCase, start, observations, cancellationToken);
        }

        return observations;
    }

    private LintedFlow? FindFlow(string reference)
    {
        var name = instance.FindFlow(reference)?.Name ?? reference;
        return flows.TryGetValue(name, out var flow) && flow.Model is not null ? flow : null;
    }

    private async Task WalkCaseAsync(DataCase dataCase, LintedFlow start, List<WalkObservation> observations, CancellationToken cancellationToken)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<WalkObservation>();
        var pending = new Stack<WalkState>();
        pending.Push(new WalkState(start, start.Model!.StartAction, ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal), false,
            ImmutableHashSet<string>.Empty.WithComparer(StringComparer.Ordinal), null, ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal)));
        while (pending.TryPop(out var state) && visited.Count < MaxStatesPerCase)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!visited.Add(state.Signature) || state.Flow.Model!.FindAction(state.ActionId) is not { } action) continue;
            foreach (var observation in Reads(dataCase, state, action))
            {
                if (seen.Add(observation)) observations.Add(observation);
            }

            foreach (var next in await SuccessorsAsync(dataCase, state, action, observations, cancellationToken))
            {
                pending.Push(next);
            }
        }
    }

    private static IEnumerable<WalkObservation> Reads(DataCase dataCase, WalkState state, FlowAction action)
    {
        foreach (var (field, value) in ParameterStrings.Enumerate(action.Parameters))
        {
            var ssml = field.EndsWith(".SSML", StringComparison.Ordinal);
            foreach (var path in References(value))
            {
                if (path.Segments.Length >= 2 && path.Root is "External" or "Attributes")
                {
                    var key = path.Segments[1];
                    var external = path.Root == "External";
                    if (external && state.ExternalUnknown) continue;
                    var present = external ? state.External.ContainsKey(key) : state.Attributes.ContainsKey(key);
                    yield return new ReferenceRead(dataCase, state.Flow, action.Identifier, field, path.Text, path.Root, key, present,
                        external && state.EarlierExternalKeys.Contains(key), state.ExternalSetBy);
                }

                if (ssml && Resolve(path, state, dataCase) is { } resolved)
                {
                    yield return new SsmlInterpolation(dataCase, state.Flow, action.Identifier, field, path.Text, resolved);
                }
            }
        }
    }

    private async Task<IEnumerable<WalkState>> SuccessorsAsync(DataCase dataCase, WalkState state, FlowAction action, List<WalkObservation> observations,
        CancellationToken cancellationToken)
    {
        var transitions = action.Transitions;
        var errors = transitions.Errors.Select(e => state with { ActionId = e.NextAction });
        switch (action.Type)
        {
            case ActionTypes.InvokeLambdaFunction:
                var called = await CallAsync(dataCase, state, action, cancellationToken);
                observations.Add(called.Observation);
                return called.Next is { } success && transitions.NextAction is { } next ? errors.Append(success with { ActionId = next }) : errors;
            case ActionTypes.UpdateContactAttributes:
                var attributes = state.Attributes;
                if (action.Parameters.TryGetProperty("Attributes", out var values) && values.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in values.EnumerateObject())
                    {
                        attributes = attributes.SetItem(property.Name, Interpolate(Parsing.FlowDocumentReader.ScalarText(property.Value), state, dataCase));
                    }
                }

                return transitions.NextAction is { } afterSet ? errors.Append(state with { ActionId = afterSet, Attributes = attributes }) : errors;
            case ActionTypes.TransferToFlow:
                var reference = Interpolate(ParameterStrings.Scalar(action.Parameters, "ContactFlowId") ?? "", state, dataCase);
                // Success leaves this flow (reference §3.6): NextAction is not followed; the target starts with External and attributes kept.
                return FindFlow(reference) is { } target ? errors.Append(state with { Flow = target, ActionId = target.Model!.StartAction }) : errors;
            case ActionTypes.TransferContactToQueue:
                return errors;
            default:
                return UnreachableActionRule.Targets(transitions).Distinct(StringComparer.Ordinal).Select(t => state with { ActionId = t });
        }
    }

    private async Task<(WalkObservation Observation, WalkState? Next)> CallAsync(DataCase dataCase, WalkState state, FlowAction action, CancellationToken cancellationToken)
    {
        var function = Interpolate(ParameterStrings.Scalar(action.Parameters, "LambdaFunctionARN") ?? "", state, dataCase).Trim();
        var definition = instance.FindFunction(function);
        if (definition is null)
        {
            return (new LambdaCall(dataCase, state.Flow, action.Identifier, function, false, "unknown function", 0), state with { ExternalUnknown = true, ExternalSetBy = action.Identifier });
        }

        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (action.Parameters.TryGetProperty("LambdaInvocationAttributes", out var invocation) && invocation.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in invocation.EnumerateObject())
            {
                parameters[property.Name] = Interpolate(Parsing.FlowDocumentReader.ScalarText(property.Value), state, dataCase);
            }
        }

        var eventJson = EventJson(dataCase, state, parameters);
        var key = definition.Name + "\n" + eventJson;
        if (!_calls.TryGetValue(key, out var answer))
        {
            if (definition.StubResponseJson is { } stub)
            {
                answer = (null, stub);
            }
            else
            {
                var seconds = int.TryParse(ParameterStrings.Scalar(action.Parameters, "InvocationTimeLimitSeconds"), out var s) && s is > 0 and <= 8 ? s : 8;
                var result = await invoker.InvokeAsync(definition.Name, eventJson, TimeSpan.FromSeconds(seconds), cancellationToken);
                answer = result.Succeeded ? (null, result.ResponseJson) : (result.Error ?? "failed", null);
            }

            _calls[key] = answer;
        }

        if (answer.Json is null || Flatten(answer.Json) is not { } response)
        {
            return (new LambdaCall(dataCase, state.Flow, action.Identifier, definition.Name, true, answer.Error ?? "the response is not a JSON object", 0), null);
        }

        var bytes = Encoding.UTF8.GetByteCount(answer.Json);
        var next = state with
        {
            External = response,
            ExternalUnknown = false,
            EarlierExternalKeys = state.EarlierExternalKeys.Union(state.External.Keys),
            ExternalSetBy = action.Identifier,
        };
        return (new LambdaCall(dataCase, state.Flow, action.Identifier, definition.Name, true, null, bytes), next);
    }

    private string EventJson(DataCase dataCase, WalkState state, IReadOnlyDictionary<string, string> parameters)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("Name", "ContactFlowEvent");
            w.WriteStartObject("Details");
            w.WriteStartObject("ContactData");
            w.WriteStartObject("Attributes");
            foreach (var (key, value) in state.Attributes.OrderBy(p => p.Key, StringComparer.Ordinal)) w.WriteString(key, value);
            w.WriteEndObject();
            w.WriteString("Channel", "VOICE");
            w.WriteString("ContactId", "00000000-0000-4000-8000-00000000c0de");
            w.WriteStartObject("CustomerEndpoint");
            w.WriteString("Address", CallerNumber);
            w.WriteString("Type", "TELEPHONE_NUMBER");
            w.WriteEndObject();
            w.WriteStartObject("SystemEndpoint");
            w.WriteString("Address", dataCase.Number);
            w.WriteString("Type", "TELEPHONE_NUMBER");
            w.WriteEndObject();
            w.WriteString("InitiationMethod", "INBOUND");
            w.WriteString("InstanceARN", instance.InstanceArn);
            w.WriteNull("Queue");
            w.WriteEndObject();
            w.WriteStartObject("Parameters");
            foreach (var (key, value) in parameters) w.WriteString(key, value);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static ImmutableDictionary<string, string>? Flatten(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return null;
            return document.RootElement.EnumerateObject().ToImmutableDictionary(p => p.Name,
                p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText(), StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IEnumerable<AttributePath> References(string text)
    {
        for (var i = text.IndexOf('$', StringComparison.Ordinal); i >= 0 && i < text.Length; i = text.IndexOf('$', i + 1))
        {
            if (AttributePath.TryParseAt(text, i, out var path, out var length))
            {
                yield return path;
                i += length - 1;
            }
        }
    }

    /// <summary>Replaces <c>${Name}</c> placeholders (the case's environment first) and references with this state's values.</summary>
    private string Interpolate(string text, WalkState state, DataCase dataCase)
    {
        var substituted = PlaceholderGrammar.Replace(text, name => name == "Environment" ? dataCase.Environment : instance.ResolvePlaceholder(name));
        var result = new StringBuilder();
        for (var i = 0; i < substituted.Length; i++)
        {
            if (substituted[i] == '$' && AttributePath.TryParseAt(substituted, i, out var path, out var length))
            {
                result.Append(Resolve(path, state, dataCase) ?? "");
                i += length - 1;
                continue;
            }

            result.Append(substituted[i]);
        }

        return result.ToString();
    }

    private static string? Resolve(AttributePath path, WalkState state, DataCase dataCase) => path.Segments switch
    {
        ["External", var key, ..] => state.External.GetValueOrDefault(key),
        ["Attributes", var key, ..] => state.Attributes.GetValueOrDefault(key),
        ["SystemEndpoint", "Address"] => dataCase.Number,
        ["CustomerEndpoint", "Address"] => CallerNumber,
        _ => null,
    };
}
