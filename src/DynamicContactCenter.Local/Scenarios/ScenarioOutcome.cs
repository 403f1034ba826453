using System.Collections.Immutable;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Scenarios;

namespace DynamicContactCenter.Local.Scenarios;

/// <summary>How one scenario went: the call it played, what happened and every expectation it missed.</summary>
public sealed record ScenarioOutcome(Scenario Scenario, CallRequest Request, CallResult Result, ImmutableArray<ExpectationFailure> Failures, TimeSpan Elapsed)
{
    /// <summary>Whether every expectation held.</summary>
    public bool Passed => Failures.IsEmpty;
}
