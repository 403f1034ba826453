using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>A fault that makes one action of a flow fail instead of running: the call leaves it by the error branch named
/// <paramref name="Error"/> (or, as Connect does for an error the action does not wire, by <c>NoMatchingError</c>). A scenario writes it
/// as <c>faults: [{ fail: ACTION, error: ERROR, flow: FLOW }]</c>; <c>dcc explore</c> chooses it for error branches no input reaches.</summary>
/// <remarks>Why a fault and not a better simulation: a prompt that cannot be played, a queue that cannot be set, an attribute write that
/// is throttled fail in Connect for reasons outside the flow (the service, the account's limits). The flow's author wires those branches
/// all the same, so a regression suite must be able to walk them; injecting the failure is the only honest way to do that offline.</remarks>
/// <param name="Action">The action's Identifier as the flow file writes it.</param>
/// <param name="Error">The error type the action fails with, e.g. <c>NoMatchingError</c>, <c>QueueAtCapacity</c>.</param>
/// <param name="Flow">The flow's name, when the identifier alone could name actions of several flows; null matches any flow.</param>
public sealed record ActionFault(string Action, string Error, string? Flow = null)
{
    /// <summary>True when this fault is for action <paramref name="actionId"/> of the flow named <paramref name="flow"/>.</summary>
    public bool Matches(string flow, string actionId) => Action == actionId && (Flow is null || Flow == flow);

    /// <summary>The fault among <paramref name="faults"/> for action <paramref name="actionId"/> of <paramref name="flow"/>, or null.</summary>
    /// <remarks>A loop, not a LINQ predicate: the interpreter asks once per step, and a lambda capturing the step's action would
    /// allocate a closure on every step of every call although almost no call has a fault.</remarks>
    public static ActionFault? Find(ImmutableArray<ActionFault> faults, string flow, string actionId)
    {
        foreach (var fault in faults)
        {
            if (fault.Matches(flow, actionId)) return fault;
        }

        return null;
    }

    /// <summary>The fault for people and the transcript, e.g. <c>action 'Play prompt' of MainFlow fails with NoMatchingError</c>.</summary>
    public override string ToString() => $"action '{Action}'{(Flow is null ? "" : $" of {Flow}")} fails with {Error}";
}
