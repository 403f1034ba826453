using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Scenarios;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Local.Explore;

/// <summary>An action one explored call ran, where a chooser can pick another input to leave it by another branch.</summary>
/// <param name="Call">The call that ran it.</param>
/// <param name="Result">What the call did.</param>
/// <param name="Visit">The action's visit in <see cref="CallResult.Visits"/>.</param>
/// <param name="Action">The action.</param>
/// <param name="Instance">The instance model the call ran in.</param>
public sealed record ChoicePoint(ScenarioCall Call, CallResult Result, ActionVisit Visit, FlowAction Action, InstanceModel Instance)
{
    /// <summary>The faults the call ran with (a scenario's <c>faults:</c>), which a chooser's call keeps.</summary>
    public System.Collections.Immutable.ImmutableArray<ScenarioFault> Faults { get; init; } = [];

    /// <summary>The transcript before the action ran.</summary>
    public IEnumerable<TranscriptEvent> Before => Result.Events.Take(Visit.TranscriptStart);

    /// <summary>What the action itself wrote to the transcript (its events follow <see cref="ActionVisit.TranscriptStart"/>).</summary>
    public IEnumerable<TranscriptEvent> Own => Result.Events.Skip(Visit.TranscriptStart)
        .TakeWhile(e => e.Action == Visit.ActionId && e.Flow == Visit.Flow.Name);

    /// <summary>What the action checked (<see cref="CheckEvent.Check"/>), or null when it produced no result.</summary>
    public string? Check => Own.OfType<CheckEvent>().FirstOrDefault()?.Check;

    /// <summary>The condition of <see cref="Action"/> whose label is <paramref name="branch"/>, or null for other branches.</summary>
    public TransitionCondition? Condition(string branch) =>
        TransitionChoice.Branches(Action.Transitions).FirstOrDefault(b => b.Condition is not null && b.Label == branch).Condition;
}
