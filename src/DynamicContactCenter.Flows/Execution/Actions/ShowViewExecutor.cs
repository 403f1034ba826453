using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;
using NodaTime;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Show view" (ShowView): shows a step-by-step guide view (<c>ViewResource {Id, Version}</c>, <c>ViewData</c>) in the agent
/// workspace and branches on the action the agent takes there (reference §7: errors NoMatchingCondition, NoMatchingError,
/// TimeLimitExceeded). A simulated call has no agent workspace, so nobody answers the view: the block times out. It takes
/// TimeLimitExceeded (NoMatchingError when that is not wired) with a DCC3333 warning, and the virtual clock moves on by
/// <c>InvocationTimeLimitSeconds</c> when it is given. We chose the timeout over a made-up agent choice: it is what the service does
/// when no one acts on the view, and a scenario that needs the other branches can mock the flow around it.</summary>
internal sealed class ShowViewExecutor : SyncExecutor
{
    private const string TimeLimitExceeded = nameof(TimeLimitExceeded);

    public static ShowViewExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail("ShowView") with
    {
        OptionalErrors = [TimeLimitExceeded],
        Result = ResultSpec.Where("Equals an action of the view (Next, Back, ...)", c => c.Operator == ConditionOperator.Equals && ResultSpec.Operand(c) is not null),
        Parameters =
        [
            new ParameterSpec("ViewResource") { Shape = ParameterShape.NonEmptyObject, Required = true, Expected = "an object with the view's Id (and Version)" },
            ParameterSpec.WholeNumber("InvocationTimeLimitSeconds", 1, 604_800),
        ],
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        if (c.Action.Parameters.Object("ViewResource") is not { } view || ParameterReader.Find(view, "Id") is not { } id)
        {
            return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters.ViewResource.Id", FlowMessages.MissingParameter.Format, "the view's Id or ARN");
        }

        var seconds = ExecutorSupport.ReadInt(c, "InvocationTimeLimitSeconds", 1, 604_800, out var failure);
        if (failure is not null) return failure;
        if (seconds is { } limit) c.Now += Duration.FromSeconds(limit);
        var viewId = c.ResolveValue(Parsing.FlowDocumentReader.ScalarText(id), "Parameters.ViewResource.Id", out _) ?? "";
        return ExecutorSupport.Fail(c, TimeLimitExceeded, ActionMessages.ViewNotAnswered.Code, "Parameters.ViewResource", ActionMessages.ViewNotAnswered.Format,
            viewId, seconds is null ? "no time limit is set; it is taken as reached" : $"after {seconds} s");
    }
}
