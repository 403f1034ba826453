using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>One call scenario: a call, the faults injected into it and what must be true when it ends.</summary>
/// <param name="Name">The scenario's name, unique within its file.</param>
/// <param name="File">The scenario file, or null for a generated scenario (the routing matrix).</param>
/// <param name="Line">The 1-based line the scenario starts on, or 0 when generated.</param>
/// <param name="Call">The call to play.</param>
/// <param name="Faults">What is broken during the call (functions, the store, a language row).</param>
/// <param name="Expect">What must be true at the end.</param>
public sealed record Scenario(string Name, string? File, long Line, ScenarioCall Call, ImmutableArray<ScenarioFault> Faults, ScenarioExpectation Expect);
