namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>Runs one action type. Stateless: all state is in the <see cref="CallContext"/>; the action is <c>context.Action</c>.</summary>
internal interface IActionExecutor
{
    /// <summary>What the flow language says about the type this executor runs; the lint rules and the graph read it.</summary>
    ActionSpec Spec { get; }

    ValueTask<ActionOutcome> ExecuteAsync(CallContext context, CancellationToken cancellationToken);

    /// <summary>True when the contact's data alone decides between success and error (a Lambda call answers for the data it is sent),
    /// so exploring it follows only the outcome it had (<see cref="BranchExplorer"/>). False (the default) when the outcome also hangs on
    /// what the walk does not fix (the caller's keys, the clock, the agents, chance): then every branch is followed.</summary>
    bool DecidedByData => false;
}
