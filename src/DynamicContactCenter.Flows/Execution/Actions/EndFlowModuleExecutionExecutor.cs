using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Graph;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>EndFlowModuleExecution (the "Return" block): returns to the invoking flow (outside a module it ends the flow). The flow language
/// documents no parameters; a module that declares custom branches in <c>Settings.Transitions</c> names the one it returns through in
/// <c>Parameters.Transition</c> (our reading, reference §1 and §10: how custom branches are chosen is not documented). No Transition
/// is Success; Error makes the caller take NoMatchingError; any other declared name is the result the caller's Conditions test.</summary>
internal sealed class EndFlowModuleExecutionExecutor : SyncExecutor
{
    public static EndFlowModuleExecutionExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.NeverFails(ActionTypes.EndFlowModuleExecution) with { NodeKind = GraphNodeKind.Terminal };

    protected override ActionOutcome Execute(CallContext c)
    {
        if (c.Run.Caller is null) return new ActionOutcome.EndOutcome("module end outside a module");
        var transition = c.Action.Parameters.Text("Transition") is { } text ? c.ResolveValue(text, "Parameters.Transition", out _) : null;
        var declared = c.Run.Flow.Model.ModuleTransitions;
        if (transition is not null && !declared.IsEmpty && !declared.Contains(transition, StringComparer.Ordinal))
        {
            return ExecutorSupport.Stop(c, ModuleMessages.UndeclaredModuleTransition.Code, "Parameters.Transition", ModuleMessages.UndeclaredModuleTransition.Format,
                transition, string.Join(", ", declared));
        }

        return new ActionOutcome.ReturnOutcome(transition);
    }
}
