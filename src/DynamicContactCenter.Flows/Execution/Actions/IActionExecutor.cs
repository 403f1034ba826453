namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>Runs one action type. Stateless: all state is in the <see cref="CallContext"/>; the action is <c>context.Action</c>.</summary>
internal interface IActionExecutor
{
    ValueTask<ActionOutcome> ExecuteAsync(CallContext context, CancellationToken cancellationToken);
}
