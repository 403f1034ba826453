using System.Globalization;
using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Set routing criteria" (reference §7, other action types): <c>RoutingCriteria {Steps: [{Expression, Expiry?}]}</c>, most often a
/// preferred agent (<c>AgentsCriteria.AgentIds</c>). The criteria apply when the contact is next queued; the simulator records them in
/// the transcript (<c>RoutingCriteria = step 1: agents a, for 30 s</c>) and goes on. Criteria without steps, or a step without an
/// Expression object, take NoMatchingError as Connect rejects them. The reference states no flow-type restriction, so none is checked.</summary>
internal sealed class UpdateContactRoutingCriteriaExecutor : SyncExecutor
{
    public const string Type = "UpdateContactRoutingCriteria";

    public static UpdateContactRoutingCriteriaExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(Type) with
    {
        Parameters = [new("RoutingCriteria") { Shape = ParameterShape.NonEmptyObject, Required = true, Expected = "an object with Steps" }],
        CrossParameterProblems = StepsProblems,
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        if (c.Action.Parameters.Object("RoutingCriteria") is not { } criteria)
        {
            return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters.RoutingCriteria", FlowMessages.MissingParameter.Format, "an object with Steps");
        }

        if (ParameterReader.Find(criteria, "Steps") is not { ValueKind: JsonValueKind.Array } steps || steps.GetArrayLength() == 0)
        {
            return Invalid(c, "Parameters.RoutingCriteria.Steps", "a non-empty array of steps");
        }

        var described = new List<string>();
        foreach (var (step, i) in steps.EnumerateArray().Select((s, i) => (s, i)))
        {
            var field = $"Parameters.RoutingCriteria.Steps[{i}]";
            if (ParameterReader.Find(step, "Expression") is not { ValueKind: JsonValueKind.Object } expression)
            {
                return Invalid(c, field + ".Expression", "an Expression object");
            }

            var expiry = ParameterReader.Find(step, "Expiry") is { } e && ParameterReader.Find(e, "DurationInSeconds") is { } seconds
                ? $", for {Parsing.FlowDocumentReader.ScalarText(seconds)} s" : "";
            described.Add($"step {(i + 1).ToString(CultureInfo.InvariantCulture)}: {Describe(c, expression, field + ".Expression")}{expiry}");
        }

        ExecutorSupport.Setting(c, "RoutingCriteria", string.Join("; ", described));
        return ActionOutcome.Next;
    }

    private static ActionOutcome Invalid(CallContext c, string field, string expected) =>
        ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, FlowMessages.InvalidParameter.Code, field, FlowMessages.InvalidParameter.Format,
            c.Action.Parameters.Object("RoutingCriteria")?.GetRawText(), expected);

    /// <summary>The preferred agents (references resolved) when the step names them; otherwise the expression as written.</summary>
    private static string Describe(CallContext c, JsonElement expression, string field)
    {
        var agentIds = ParameterReader.Find(expression, "AttributeCondition") is { } condition
            && ParameterReader.Find(condition, "MatchCriteria") is { } match
            && ParameterReader.Find(match, "AgentsCriteria") is { } agents
            && ParameterReader.Find(agents, "AgentIds") is { ValueKind: JsonValueKind.Array } ids ? ids : (JsonElement?)null;
        if (agentIds is not { } list) return expression.GetRawText();
        var resolved = list.EnumerateArray().Select((id, i) => c.Interpolate(Parsing.FlowDocumentReader.ScalarText(id), $"{field}.AttributeCondition.MatchCriteria.AgentsCriteria.AgentIds[{i}]"));
        return "agents " + string.Join(", ", resolved);
    }

    /// <summary>Lint: Steps is a non-empty array (the run takes NoMatchingError otherwise). An empty or missing RoutingCriteria is
    /// the parameter's own finding.</summary>
    private static IEnumerable<(string Field, string Expected)> StepsProblems(JsonElement p)
    {
        if (ParameterStrings.TryGet(p, "RoutingCriteria", out var criteria) && criteria.ValueKind == JsonValueKind.Object && criteria.EnumerateObject().Any()
            && !(ParameterStrings.TryGet(criteria, "Steps", out var steps) && steps.ValueKind == JsonValueKind.Array && steps.GetArrayLength() > 0))
        {
            yield return ("Parameters.RoutingCriteria.Steps", "a non-empty array of steps, each with an Expression");
        }
    }
}
