using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>Runs an action whose type the simulator does not run (a documented type without an executor, or one no page documents):
/// by default as a stub, so that a team's exported flow plays on to an end (issue #12 item 3). It warns (DCC3330, naming the type) and
/// takes the action's NextAction; with no NextAction, its NoMatchingError branch, else its first error branch; with no branch at all
/// the flow ends there (the action was terminal, as DisconnectParticipant is). With <see cref="CallRequest.Strict"/> the call stops
/// with DCC3301 as it did before stubs. Not in the registry: the registry lists the types we run, and lint keeps warning (DCC5009)
/// about the rest.</summary>
internal sealed class UnsupportedTypeStubExecutor : SyncExecutor
{
    public static UnsupportedTypeStubExecutor Instance { get; } = new();

    /// <summary>Nothing is documented that lint could check; the spec only satisfies the executor contract.</summary>
    public override ActionSpec Spec { get; } = ActionSpec.NeverFails("(not run)");

    protected override ActionOutcome Execute(CallContext c)
    {
        var action = c.Action.Action;
        if (c.Request.Strict)
        {
            return ExecutorSupport.Stop(c, FlowMessages.UnsupportedActionType.Code, "Type", FlowMessages.UnsupportedActionType.Format, action.Type, c.FlowName, action.Identifier);
        }

        var transitions = action.Transitions;
        if (transitions.NextAction is { } next)
        {
            Warn(c, $"its next action '{next}'");
            return ActionOutcome.Next;
        }

        if (!transitions.Errors.IsEmpty)
        {
            var error = transitions.Errors.FirstOrDefault(e => e.ErrorType == ErrorTypes.NoMatchingError) ?? transitions.Errors[0];
            Warn(c, $"its {error.ErrorType} branch");
            return new ActionOutcome.ErrorOutcome(error.ErrorType, $"{action.Type} ran as a stub");
        }

        Warn(c, "no branch (it has none, so the flow ends here)");
        return new ActionOutcome.EndOutcome($"{action.Type} ran as a stub and has no branch to follow");
    }

    // Once per action and call: a stub inside a loop would otherwise repeat the same warning on every pass up to the step limit.
    private static void Warn(CallContext c, string branch)
    {
        var warning = c.Diagnostic(ActionMessages.TypeStub.Code, Routing.Diagnostics.Severity.Warning, "Type", ActionMessages.TypeStub.Format, c.Action.Action.Type, branch);
        if (!c.Diagnostics.Any(d => d.Code == warning.Code && d.Location == warning.Location)) c.Report(warning);
    }
}
