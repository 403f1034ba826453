namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>Base for executors that do not await anything.</summary>
internal abstract class SyncExecutor : IActionExecutor
{
    public abstract ActionSpec Spec { get; }

    public ValueTask<ActionOutcome> ExecuteAsync(CallContext context, CancellationToken cancellationToken) => new(Execute(context));

    protected abstract ActionOutcome Execute(CallContext context);
}
