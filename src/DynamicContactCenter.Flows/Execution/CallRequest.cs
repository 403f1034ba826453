using System.Collections.Immutable;
using DynamicContactCenter.Flows.Instance;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>One simulated inbound call: who calls which number when, what agents are doing, and what keys the caller presses.</summary>
/// <param name="DialedNumber">The number called (E.164): <c>$.SystemEndpoint.Address</c>.</param>
/// <param name="CallerNumber">The caller's number (E.164): <c>$.CustomerEndpoint.Address</c>.</param>
/// <param name="At">The call's time (the virtual clock): hours checks use it.</param>
public sealed record CallRequest(string DialedNumber, string CallerNumber, DateTimeOffset At)
{
    /// <summary>Caller number used when none is given.</summary>
    public const string DefaultCallerNumber = "+15555550100";

    /// <summary>The flow to start in: a flow name, ARN or id of the instance model, or a flow file path. Null starts the flow the
    /// instance model claims for <see cref="DialedNumber"/> (<c>phoneNumbers:</c>), else its <c>defaultFlow</c>.</summary>
    public string? StartFlow { get; init; }

    /// <summary>Agent status per queue (queue name or ARN), overriding the instance model (<c>--agents QUEUE=STATUS</c>).</summary>
    public IReadOnlyDictionary<string, AgentStatus> AgentStatusOverrides { get; init; } = new Dictionary<string, AgentStatus>();

    /// <summary>The keys the caller presses, consumed left to right by GetParticipantInput: a menu takes one key, store mode takes keys
    /// up to its terminator (default <c>#</c>) or maximum length. A comma is a pause: a menu times out on it and store mode ends there.
    /// When no keys are left, the input times out.</summary>
    public string InputDigits { get; init; } = "";

    /// <summary>Seed for everything random (DistributeByPercentage, the contact id), so runs repeat.</summary>
    public int Seed { get; init; }

    /// <summary>The most actions one call may run before it stops with <c>DCC3303</c> (a loop guard). Hook flows in the wait in queue
    /// are bounded by the wait's time instead, and do not count.</summary>
    public int StepLimit { get; init; } = 1000;

    /// <summary>Contact attributes the contact starts with (as from StartOutboundVoiceContact or a previous segment).</summary>
    public IReadOnlyDictionary<string, string> InitialAttributes { get; init; } = new Dictionary<string, string>();

    /// <summary>Placeholder values for this call, over the instance model's <c>placeholders:</c> (e.g. <c>Environment</c> for
    /// <c>--environment</c>).</summary>
    public IReadOnlyDictionary<string, string> Placeholders { get; init; } = new Dictionary<string, string>();

    /// <summary>The channel: VOICE (default), CHAT or TASK.</summary>
    public string Channel { get; init; } = "VOICE";

    /// <summary>Answers for Lambda functions (scenario <c>mocks:</c>, <c>dcc call --mock</c>): they win over the instance model's functions
    /// and stubs, and answer functions the instance model does not know.</summary>
    public ImmutableArray<FunctionMock> Mocks { get; init; } = [];

    /// <summary>The rule from before stubs (<c>--strict</c>): a placeholder with no value stops the call (DCC3305), a transfer to an unknown
    /// flow takes its error branch (DCC3304), an unknown function goes to the invoker and fails (DCC3313). Off by default: an unknown function runs as a stub (its mock, else the block's error branch), a transfer to an unknown flow
    /// ends the call <see cref="CallOutcome.Transferred"/> and a placeholder with no value stays as written (issue #12 item 1).</summary>
    public bool Strict { get; init; }

    /// <summary>How long the caller waits in queue (<c>--wait 90s</c>, scenario <c>wait:</c>), or null to end the call when it is
    /// queued. With a wait the customer queue flow plays on a virtual clock until an agent answers or the caller hangs up.</summary>
    public TimeSpan? QueueWait { get; init; }
}
