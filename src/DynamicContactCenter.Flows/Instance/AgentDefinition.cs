using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Instance;

/// <summary>An agent of the instance model.</summary>
/// <param name="Name">The agent's user name.</param>
/// <param name="Queues">The names of the queues the agent's routing profile serves.</param>
/// <param name="Status">The agent's status by default; a call can override it per queue.</param>
public sealed record AgentDefinition(string Name, ImmutableArray<string> Queues, AgentStatus Status);
