using System.Collections.Immutable;
using DynamicContactCenter.Flows.Catalog;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>Runs actions with the interpreter's own executors over forks of a contact and lists every branch each can take: the base
/// of the lint walk (flows × routing data) and of exploration (<c>dcc explore</c>, issue #12). Nothing here re-implements an action:
/// what an action reads, sends and changes is what it does in a call.</summary>
/// <remarks>Which branches follow an outcome: success (NextAction, every condition) carries the contact as the executor left it, and
/// every error branch the contact as it was (executors change nothing when they fail). Each condition is followed whatever the result
/// was, because a result hangs on what exploration does not fix (keys, clock, agents, chance); an executor that is
/// <see cref="Actions.IActionExecutor.DecidedByData"/> follows only its outcome's side. A transfer continues at the target flow's start
/// with what a transfer carries (<see cref="CallContext.CarryAcrossTransfer"/>); queueing, disconnecting, ending and a module's return
/// end the path. Modules are not entered: InvokeFlowModule goes on at its NextAction. The branch the outcome chose is marked
/// <see cref="ExploredBranch.Taken"/>; exploration that must reach the others in a real call (scenario writing) chooses other inputs
/// for them, the walk needs no more than the states.</remarks>
/// <param name="bind">Binds a flow a TransferToFlow reaches (placeholders resolved as the call resolves them).</param>
internal sealed class BranchExplorer(Func<FlowResolution, BoundFlow> bind)
{
    /// <summary>The label of the branch into a TransferToFlow's target flow.</summary>
    public const string TransferLabel = ActionTypes.TransferToFlow;

    /// <summary>Runs <paramref name="action"/> on a fork of <paramref name="before"/> (which is not changed).</summary>
    public async ValueTask<ExploredStep> StepAsync(CallContext before, BoundAction action, CancellationToken cancellationToken)
    {
        var after = before.Fork();
        after.Action = action;
        var outcome = await action.Executor.ExecuteAsync(after, cancellationToken);
        var transitions = action.Action.Transitions;
        var taken = Taken(transitions, outcome);
        var branches = ImmutableArray.CreateBuilder<ExploredBranch>();
        void Add(string label, string target, CallContext contact) => branches.Add(new ExploredBranch(label, target, contact, taken == (target, label)));

        // Which kinds of branch the outcome lets the walk follow; the branches themselves are TransitionChoice's one list.
        var decidedByData = action.Executor.DecidedByData;
        var followSuccess = false;
        switch (outcome)
        {
            case ActionOutcome.TransferOutcome transfer:
                var previous = after.Run;
                after.Run = new FlowRun(bind(transfer.Target), null, null);
                after.CarryAcrossTransfer(previous);
                branches.Add(new ExploredBranch(TransferLabel, after.Run.Flow.Model.StartAction, after, Taken: true));
                break;
            case ActionOutcome.QueuedOutcome or ActionOutcome.DisconnectOutcome or ActionOutcome.EndOutcome or ActionOutcome.ReturnOutcome:
                break;
            case ActionOutcome.ErrorOutcome or ActionOutcome.StopOutcome when decidedByData:
                break;
            default:
                followSuccess = true;
                break;
        }

        var success = outcome is { IsNext: true } or ActionOutcome.ResultOutcome or ActionOutcome.EnterModuleOutcome ? after : before;
        var followErrors = outcome is not ActionOutcome.StopOutcome || !decidedByData;
        // Conditions first, then NextAction, then errors: the order a result is read in (ForResult), which the walk's findings follow.
        foreach (var branch in TransitionChoice.Branches(transitions).OrderBy(b => b.IsError ? 2 : b.Condition is null ? 1 : 0))
        {
            if (branch.IsError ? followErrors : followSuccess) Add(branch.Label, branch.Target, branch.IsError ? before : success);
        }

        return new ExploredStep(outcome, after, branches.ToImmutable());
    }

    private static (string Target, string Label)? Taken(Transitions transitions, ActionOutcome? outcome) => outcome switch
    {
        { IsNext: true } or ActionOutcome.EnterModuleOutcome when transitions.NextAction is { } next => (next, TransitionChoice.NextAction),
        ActionOutcome.ResultOutcome result => TransitionChoice.ForResult(transitions, result.Value),
        ActionOutcome.ErrorOutcome error => TransitionChoice.ForError(transitions, error.ErrorType) is { } wired ? (wired.Target, wired.WiredAs) : null,
        _ => null,
    };
}
