using System.Collections.Immutable;
using System.Text.Json;
using DynamicContactCenter.Flows.Graph;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>What the flow language says about one action type (reference/flow-language.md §7), declared by its executor next to its
/// behaviour: the errors it raises, the result its conditions test, where it is allowed, its parameters and how the graph draws it.
/// The lint rules (DCC5008, 5010, 5011, 5013, 5014), the graph and docs/actions.md read it; nothing else holds per-type tables.</summary>
/// <param name="Type">The action type, as the flow language spells it.</param>
internal sealed record ActionSpec(string Type)
{
    private static readonly ImmutableArray<string> NoMatchingError = [ErrorTypes.NoMatchingError];

    /// <summary>Error types that must each be wired (NoMatchingError catches every type not wired specifically); empty when the action cannot fail.</summary>
    public ImmutableArray<string> RequiredErrors { get; init; } = [];

    /// <summary>How bad a missing required error branch is: a warning where real exports commonly omit it and the service accepts that.</summary>
    public Severity MissingErrorSeverity { get; init; } = Severity.Error;

    /// <summary>Further documented error types a flow may wire to handle one case apart (QueueAtCapacity, InputTimeLimitExceeded, ...).</summary>
    public ImmutableArray<string> OptionalErrors { get; init; } = [];

    /// <summary>True for an action that, as written, cannot take its error branch (a static, known voice), so none need be wired.</summary>
    public Func<FlowAction, bool> CannotFail { get; init; } = static _ => false;

    /// <summary>The result its conditions test; null when it produces none (then any condition is an error).</summary>
    public ResultSpec? Result { get; init; }

    /// <summary>The flow types it is allowed in; null when allowed everywhere.</summary>
    public string[]? AllowedIn { get; init; }

    /// <summary>Its parameters, each with its shape and range, in the order findings are reported.</summary>
    public ImmutableArray<ParameterSpec> Parameters { get; init; } = [];

    /// <summary>Rules across parameters that no single <see cref="ParameterSpec"/> states (exactly one prompt source, InputValidation
    /// exactly when StoreInput is True): each problem as the field and what was expected.</summary>
    public Func<JsonElement, IEnumerable<(string Field, string Expected)>> CrossParameterProblems { get; init; } = static _ => [];

    /// <summary>How the graph draws it. <see cref="GraphNodeKind.Action"/> means a plain step, drawn as a check when it has conditions.</summary>
    public GraphNodeKind NodeKind { get; init; } = GraphNodeKind.Action;

    /// <summary>An action that can fail with NoMatchingError and must wire it.</summary>
    public static ActionSpec CanFail(string type) => new(type) { RequiredErrors = NoMatchingError };

    /// <summary>An action that can fail with NoMatchingError, where real exports often wire nothing: a missing branch is a warning.</summary>
    public static ActionSpec CanFailLeniently(string type) => new(type) { RequiredErrors = NoMatchingError, MissingErrorSeverity = Severity.Warning };

    /// <summary>An action that cannot fail: no error branch is required.</summary>
    public static ActionSpec NeverFails(string type) => new(type);

    /// <summary>True when <paramref name="action"/> produces a result its conditions test (not, e.g., a GetParticipantInput in store mode).</summary>
    public bool HasResult(FlowAction action) => Result is { } result && !result.AbsentFor(action);
}
