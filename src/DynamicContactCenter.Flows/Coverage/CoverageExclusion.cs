namespace DynamicContactCenter.Flows.Coverage;

/// <summary>An action or branch no call can reach for a reason in the flow itself, which coverage leaves out of its figures: what
/// <c>dcc explore</c> writes under <c>unreachable:</c> in its scenario files, so that <c>dcc test --coverage</c> on them measures "the
/// branches our data can reach" (issue #12, "Done when"; the definition is in docs/explore.md).</summary>
/// <param name="Flow">The flow's name.</param>
/// <param name="ActionId">The action's Identifier.</param>
/// <param name="Branch">The branch's label, or null for the action itself.</param>
/// <param name="Reason">Why no call can reach it, for people (the coverage report repeats it).</param>
public sealed record CoverageExclusion(string Flow, string ActionId, string? Branch, string Reason)
{
    /// <summary>Reasons <c>dcc explore</c> gives that are about the flow, not about exploration: only these may exclude.</summary>
    public static class Reasons
    {
        /// <summary>NextAction of an action whose every result takes a condition or NoMatchingCondition.</summary>
        public const string ConditionsDecide = "a result takes a condition or NoMatchingCondition, never NextAction, when the action has conditions";

        /// <summary>NextAction of an action that ends the call or leaves the flow when it succeeds.</summary>
        public const string EndsTheCall = "when it succeeds this action ends the call or leaves the flow (queued, transferred, disconnected): no transition follows";

        /// <summary>An action no branch leads to, or only branches that are themselves unreachable.</summary>
        public const string NothingLeadsHere = "no reachable branch leads to this action";
    }
}
