namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>Runs one action type. Stateless: all state is in the <see cref="CallContext"/>; the action is <c>context.Action</c>.</summary>
internal interface IActionExecutor
{
    /// <summary>What the flow language says about the type this executor runs; the lint rules and the graph read it.</summary>
    ActionSpec Spec { get; }

    ValueTask<ActionOutcome> ExecuteAsync(CallContext context, CancellationToken cancellationToken);
}
