namespace DynamicContactCenter.Flows.Execution;

/// <summary>One way out of an action that exploration follows: the transition, the contact state that goes along it, and whether the
/// action's real outcome took it (a branch not taken needs other inputs or instance state to be reached in a call).</summary>
/// <param name="Label">The branch as the transcript names it: <c>NextAction</c>, a condition (<c>Equals 1</c>), an error type, or
/// <c>TransferToFlow</c>.</param>
/// <param name="Target">The next action's identifier, in <see cref="CallContext.Run"/>'s flow of <paramref name="Contact"/>.</param>
/// <param name="Contact">The contact on this branch: after the action for success branches, as before it for error branches (an
/// action that fails changes nothing).</param>
/// <param name="Taken">True for the branch the executor's outcome chose.</param>
internal sealed record ExploredBranch(string Label, string Target, CallContext Contact, bool Taken);
