using DynamicContactCenter.Flows.Instance;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>The state a call gives the stubs of queues and hours the instance model does not have (a scenario's <c>stubs: { REF: STATE
/// }</c>, by the reference as the flow names it): <c>closed</c> or <c>open</c> hours (a stub queue's hours too), or the agent state of a
/// stub queue's one agent. Without an entry a stub is open with one available agent (<see cref="Actions.ReferenceStubs"/>).</summary>
/// <remarks>Why a call key and not <c>agents:</c>/<c>at:</c>: those are checked against the instance model (a misspelt queue must not
/// pass silently), and stub hours have no schedule a time could close. This is how <c>dcc explore</c> reaches the closed and unstaffed
/// branches behind stubs, and how a scenario replays them.</remarks>
public static class StubStates
{
    /// <summary>Closed hours.</summary>
    public const string Closed = "closed";

    /// <summary>Open hours (the default).</summary>
    public const string Open = "open";

    /// <summary>What a stub state may be, for errors.</summary>
    public const string Expected = "closed or open (hours, and a stub queue's hours), or an agent state for a stub queue: " + AgentStatusParser.Expected;

    /// <summary>True when <paramref name="text"/> is a stub state.</summary>
    public static bool IsValid(string text) => text is Closed or Open || AgentStatusParser.TryParse(text, out _);

    /// <summary>True when the call closes the stub hours (or stub queue) named <paramref name="reference"/>.</summary>
    public static bool IsClosed(CallRequest request, string reference)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.StubStates.TryGetValue(reference, out var state) && state == Closed;
    }

    /// <summary>The agent state the call gives the stub queue named <paramref name="reference"/>, or null for the default.</summary>
    public static AgentStatus? AgentState(CallRequest request, string reference)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.StubStates.TryGetValue(reference, out var state) && state is not (Closed or Open) && AgentStatusParser.TryParse(state, out var status)
            ? status : null;
    }
}
