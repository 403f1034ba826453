using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>One action a call ran, and the branch it left by: what coverage (<c>dcc test --coverage</c>) counts and what exploration
/// (<c>dcc explore</c>) chooses other inputs at. The transcript says what happened; this says where.</summary>
/// <param name="Flow">The flow the action belongs to (each flow is parsed once, so this identifies it).</param>
/// <param name="ActionId">The action's Identifier.</param>
/// <param name="ActionType">The action's type.</param>
/// <param name="Branch">The branch taken, labelled as <see cref="TransitionBranch.Label"/> labels the flow's branches (<c>NextAction</c>,
/// <c>Equals 1</c>, an error type as the flow wires it); null when the action ended the call or left the flow without a transition
/// (queued, disconnected, transferred, a module's return) or stopped the run.</param>
/// <param name="TranscriptStart">How many transcript events the call had when the action started: its own events follow.</param>
public sealed record ActionVisit(FlowModel Flow, string ActionId, string ActionType, string? Branch, int TranscriptStart);
