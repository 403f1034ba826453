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

    /// <summary>What the caller says, one utterance per Lex turn in order (<c>--say</c>, scenario <c>say:</c>): ConnectParticipantWithLexBot
    /// takes the next one; with none left the caller stays silent and the block times out.</summary>
    public ImmutableArray<string> Utterances { get; init; } = [];

    /// <summary>How many prompts in a row the caller lets go unanswered (a timeout, or a key or intent the block has no condition for)
    /// before hanging up at the next one: the call ends <see cref="CallOutcome.Abandoned"/>. 0 = never hangs up.</summary>
    public int Patience { get; init; } = DefaultPatience;

    /// <summary>The caller's patience when none is given: three unanswered prompts, the retry count most IVR menus use.</summary>
    public const int DefaultPatience = 3;

    /// <summary>What a patience value is, for the errors of <c>--patience</c> and scenario <c>patience:</c>.</summary>
    public const string PatienceExpected = "a whole number of unanswered prompts (0 = never hangs up)";

    /// <summary>Reads a patience value (<see cref="PatienceExpected"/>); false when it is not one.</summary>
    public static bool TryParsePatience(string? text, out int patience) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out patience);
    /// <summary>The <c>$.External</c> the first flow starts with, for a flow entered mid-journey (<c>--external</c>, a scenario's
    /// <c>start: external:</c>): what an earlier flow's last Lambda result left. Null: none, as for a call that has just come in.</summary>
    public System.Text.Json.JsonElement? InitialExternal { get; init; }

    /// <summary>The flow attributes (<c>$.FlowAttributes</c>) the first flow starts with, for a flow entered mid-journey.</summary>
    public IReadOnlyDictionary<string, string> InitialFlowAttributes { get; init; } = new Dictionary<string, string>();
    /// <summary>Profiles and cases this call starts with over the instance model's (a scenario's <c>profiles:</c> and <c>cases:</c>); a
    /// record with the id of a modelled one replaces it for this call.</summary>
    public CustomerDataModel CustomerData { get; init; } = CustomerDataModel.Empty;

    /// <summary>What Voice ID authentication says about this caller (CheckVoiceId): <c>Authenticated</c>, <c>NotAuthenticated</c>,
    /// <c>Inconclusive</c>, <c>NotEnrolled</c> (default: a simulated caller has no voiceprint) or <c>OptedOut</c>. The enrollment-status
    /// check reads <c>Enrolled</c> for the first three.</summary>
    public string VoiceIdResult { get; init; } = DefaultVoiceIdResult;

    /// <summary>What Voice ID fraud detection says about this caller (CheckVoiceId fraudDetection): <c>LowRisk</c> (default: a simulated
    /// caller is on no watchlist), <c>HighRisk</c> or <c>Inconclusive</c>.</summary>
    public string VoiceIdFraudRisk { get; init; } = DefaultVoiceIdFraudRisk;

    /// <summary>What answering-machine detection says of an outbound campaign call (CheckOutboundCallStatus): <c>CallAnswered</c>
    /// (default), <c>VoicemailBeep</c>, <c>VoicemailNoBeep</c> or <c>NotDetected</c>.</summary>
    public string OutboundCallStatus { get; init; } = DefaultOutboundCallStatus;

    /// <summary>Voice ID authentication when the call sets none: a simulated caller has no voiceprint.</summary>
    public const string DefaultVoiceIdResult = "NotEnrolled";

    /// <summary>Voice ID fraud detection when the call sets none: a simulated caller is on no watchlist.</summary>
    public const string DefaultVoiceIdFraudRisk = "LowRisk";

    /// <summary>Answering-machine detection when the call sets none: a person answered.</summary>
    public const string DefaultOutboundCallStatus = "CallAnswered";

    /// <summary>Every value <see cref="VoiceIdResult"/> may take (the voice-authentication results of CheckVoiceId).</summary>
    public static ImmutableArray<string> VoiceIdResults { get; } = ["Authenticated", "NotAuthenticated", "Inconclusive", "NotEnrolled", "OptedOut"];

    /// <summary>Every value <see cref="VoiceIdFraudRisk"/> may take (the fraud-detection results of CheckVoiceId).</summary>
    public static ImmutableArray<string> VoiceIdFraudRisks { get; } = ["LowRisk", "HighRisk", "Inconclusive"];

    /// <summary>Every value <see cref="OutboundCallStatus"/> may take (the results of CheckOutboundCallStatus).</summary>
    public static ImmutableArray<string> OutboundCallStatuses { get; } = ["CallAnswered", "VoicemailBeep", "VoicemailNoBeep", "NotDetected"];

    /// <summary>How long the caller waits in queue (<c>--wait 90s</c>, scenario <c>wait:</c>), or null to end the call when it is
    /// queued. With a wait the customer queue flow plays on a virtual clock until an agent answers or the caller hangs up.</summary>
    public TimeSpan? QueueWait { get; init; }

    /// <summary>After an agent answers (<see cref="QueueWait"/>) and the whispers end, how long the agent puts the caller on hold while
    /// the CustomerHold and AgentHold flows play (<c>--hold</c>, a scenario's <c>hold:</c>); null: no hold.</summary>
    public TimeSpan? Hold { get; init; }

    /// <summary>Actions that fail instead of running (scenario <c>faults: [{ fail: ACTION, error: ERROR }]</c>, <see cref="ActionFault"/>).</summary>
    public ImmutableArray<ActionFault> ActionFaults { get; init; } = [];

    /// <summary>The state of stub queues and hours by the reference the flow names them by (<c>stubs:</c>, <see cref="StubStates"/>).</summary>
    public IReadOnlyDictionary<string, string> StubStates { get; init; } = new Dictionary<string, string>();
}
