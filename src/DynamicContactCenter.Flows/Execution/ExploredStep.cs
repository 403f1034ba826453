using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>One action run by its real executor on a fork of the contact, and every branch out of it.</summary>
/// <param name="Outcome">What the executor returned; null when the action could not run (a bind error or an unsupported type).</param>
/// <param name="After">The fork the executor ran on: its transcript (<see cref="CallContext.Events"/>) says what the action did.</param>
/// <param name="Branches">The branches to follow.</param>
internal sealed record ExploredStep(ActionOutcome? Outcome, CallContext After, ImmutableArray<ExploredBranch> Branches);
