using System.Collections.Immutable;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Execution.Actions;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Routing.Placeholders;

namespace DynamicContactCenter.Flows.Instance;

/// <summary>What flows name that an instance model answers: queues, hours, Lambda functions, flows, prompts (static values as
/// written, placeholders unresolved) and <c>${Name}</c> placeholders. <c>dcc init --from</c> writes an instance model from it, so a
/// team's own flows run without stubs.</summary>
/// <remarks>The fields are the ones the executors resolve against the instance model and stub when it lacks them
/// (<c>ReferenceStubs</c>: QueueId in ExecutorSupport.ResolveQueue, HoursOfOperationId in CheckHoursOfOperation, LambdaFunctionARN in
/// InvokeLambdaFunction, PromptId in ExecutorSupport.Speak); the flow fields come from the action specs themselves
/// (<see cref="ParameterSpec.IsFlowReference"/>) plus the event hooks UpdateContactEventHooks sets. A dynamic value (<c>$.x</c>) names
/// nothing before the call runs and is left out.</remarks>
public sealed record FlowReferences
{
    /// <summary>Queue ARNs, ids or names.</summary>
    public ImmutableArray<string> Queues { get; init; } = [];

    /// <summary>Hours of operation ARNs, ids or names.</summary>
    public ImmutableArray<string> Hours { get; init; } = [];

    /// <summary>Lambda function ARNs or names.</summary>
    public ImmutableArray<string> Functions { get; init; } = [];

    /// <summary>Flow and flow module ARNs, ids or names.</summary>
    public ImmutableArray<string> Flows { get; init; } = [];

    /// <summary>Prompt ARNs.</summary>
    public ImmutableArray<string> Prompts { get; init; } = [];

    /// <summary>Placeholder names (<c>${Name}</c>) and, for a field that is only a placeholder, what kind of reference it stands for.</summary>
    public ImmutableArray<(string Name, FlowReferenceKind Kind)> Placeholders { get; init; } = [];

    /// <summary>The references of <paramref name="flows"/>, each once, in the order first met.</summary>
    /// <param name="flows">Parsed flows.</param>
    public static FlowReferences Of(IEnumerable<FlowModel> flows)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var found = new Dictionary<FlowReferenceKind, List<string>>();
        var placeholders = new List<(string, FlowReferenceKind)>();
        foreach (var action in flows.SelectMany(f => f.Actions))
        {
            var flowFields = ActionExecutors.SpecFor(action.Type)?.Parameters.Where(p => p.IsFlowReference).Select(p => p.Field).ToHashSet(StringComparer.Ordinal) ?? [];
            foreach (var (field, value) in ParameterStrings.Enumerate(action.Parameters))
            {
                var kind = KindOf(action.Type, field, flowFields);
                var names = PlaceholderGrammar.Names(value);
                foreach (var name in names)
                {
                    // A field that is exactly one placeholder stands for a reference of its kind (${QueueArn} in QueueId is a queue).
                    var standsFor = value.Trim() == "${" + name + "}" ? kind : FlowReferenceKind.Other;
                    if (!placeholders.Exists(p => p.Item1 == name)) placeholders.Add((name, standsFor));
                }

                if (kind == FlowReferenceKind.Other || names.Length > 0 || value.TrimStart().StartsWith('$') || value.Trim().Length == 0) continue;
                var list = found.TryGetValue(kind, out var existing) ? existing : found[kind] = [];
                if (!list.Contains(value, StringComparer.Ordinal)) list.Add(value);
            }
        }

        ImmutableArray<string> Get(FlowReferenceKind kind) => found.TryGetValue(kind, out var list) ? [.. list] : [];
        return new FlowReferences
        {
            Queues = Get(FlowReferenceKind.Queue),
            Hours = Get(FlowReferenceKind.Hours),
            Functions = Get(FlowReferenceKind.Function),
            Flows = Get(FlowReferenceKind.Flow),
            Prompts = Get(FlowReferenceKind.Prompt),
            Placeholders = [.. placeholders],
        };
    }

    private static FlowReferenceKind KindOf(string type, string field, HashSet<string> flowFields)
    {
        if (flowFields.Contains(field) || (type == ActionTypes.UpdateContactEventHooks && field.StartsWith("Parameters.EventHooks.", StringComparison.Ordinal)))
        {
            return FlowReferenceKind.Flow;
        }

        return field[(field.LastIndexOf('.') + 1)..] switch
        {
            "QueueId" => FlowReferenceKind.Queue,
            "HoursOfOperationId" => FlowReferenceKind.Hours,
            "LambdaFunctionARN" => FlowReferenceKind.Function,
            "PromptId" => FlowReferenceKind.Prompt,
            _ => FlowReferenceKind.Other,
        };
    }
}
