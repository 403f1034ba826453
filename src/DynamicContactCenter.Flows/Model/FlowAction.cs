using System.Text.Json;

namespace DynamicContactCenter.Flows.Model;

/// <summary>One action of a flow: its Identifier, Type, Parameters (kept as JSON, read by the action's executor) and Transitions.</summary>
/// <param name="Identifier">Unique within the flow; UUIDs or friendly names with spaces.</param>
/// <param name="Type">The action type, e.g. <c>MessageParticipant</c>.</param>
/// <param name="Parameters">The parameters object (<c>{}</c> when the export omits it).</param>
/// <param name="Transitions">Where the action goes next.</param>
public record FlowAction(string Identifier, string Type, JsonElement Parameters, Transitions Transitions);
