using DynamicContactCenter.Functions.Events;

namespace DynamicContactCenter.Functions.Handlers;

/// <summary>A Connect invocation as a handler sees it.</summary>
/// <param name="Event">The parsed event.</param>
/// <param name="Inherited">Parameters (without sessionAttributes) ∪ the decoded session, session winning: what earlier functions left.</param>
internal sealed record ConnectRequest(ContactFlowEvent Event, IReadOnlyDictionary<string, string> Inherited);
