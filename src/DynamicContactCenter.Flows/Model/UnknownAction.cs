using System.Text.Json;

namespace DynamicContactCenter.Flows.Model;

/// <summary>An action whose Type the simulator does not run. It is kept, not dropped, so that lint and graph see it; a call stops
/// with a diagnostic only if it reaches it.</summary>
/// <param name="Identifier">The action's Identifier.</param>
/// <param name="Type">The unrecognised type name.</param>
/// <param name="Parameters">The parameters object.</param>
/// <param name="Transitions">Where the action would go next.</param>
/// <param name="RawJson">The action exactly as written.</param>
public sealed record UnknownAction(string Identifier, string Type, JsonElement Parameters, Transitions Transitions, string RawJson)
    : FlowAction(Identifier, Type, Parameters, Transitions);
