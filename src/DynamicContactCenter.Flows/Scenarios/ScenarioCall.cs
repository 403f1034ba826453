using System.Collections.Immutable;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>The call a scenario plays: who calls which number when, what agents are doing and what the caller presses.</summary>
/// <param name="Number">The dialed number (E.164).</param>
/// <param name="At">When the call happens (hours checks use it).</param>
public sealed record ScenarioCall(string Number, DateTimeOffset At)
{
    /// <summary>The caller's number.</summary>
    public string Caller { get; init; } = CallRequest.DefaultCallerNumber;

    /// <summary>Agent status per queue (name or ARN), over the instance model's agents.</summary>
    public ImmutableDictionary<string, AgentStatus> Agents { get; init; } = ImmutableDictionary<string, AgentStatus>.Empty;

    /// <summary>The keys the caller presses (see <see cref="CallRequest.InputDigits"/>).</summary>
    public string Input { get; init; } = "";

    /// <summary>The routing environment (<c>${Environment}</c>), or null for the instance model's.</summary>
    public string? Environment { get; init; }

    /// <summary>The flow to start in, or null for the number's flow.</summary>
    public string? StartFlow { get; init; }

    /// <summary>Contacts already waiting per queue name, over the instance model (a full queue takes QueueAtCapacity).</summary>
    public ImmutableDictionary<string, int> ContactsInQueue { get; init; } = ImmutableDictionary<string, int>.Empty;

    /// <summary>Contact attributes the contact starts with.</summary>
    public ImmutableDictionary<string, string> Attributes { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Seed for random choices.</summary>
    public int Seed { get; init; }

    /// <summary>Answers for Lambda functions: the scenario's <c>mocks:</c>, then those under <c>defaults:</c>.</summary>
    public ImmutableArray<FunctionMock> Mocks { get; init; } = [];

    /// <summary>Unknown references are errors (<c>strict: true</c> under <c>defaults:</c>, or <c>dcc test --strict</c>).</summary>
    public bool Strict { get; init; }

    /// <summary>What the caller says, one utterance per Lex turn (<see cref="CallRequest.Utterances"/>).</summary>
    public ImmutableArray<string> Utterances { get; init; } = [];

    /// <summary>Unanswered prompts before the caller hangs up (<see cref="CallRequest.Patience"/>).</summary>
    public int Patience { get; init; } = CallRequest.DefaultPatience;

    /// <summary>The contact's channel: VOICE, CHAT or TASK.</summary>
    public string Channel { get; init; } = ContactChannel.Voice;
    /// <summary>The state a flow entered mid-journey starts with (<c>start:</c>), or null.</summary>
    public StartState? Start { get; init; }
    /// <summary>Profiles and cases the call starts with over the instance model's: the scenario's <c>profiles:</c> / <c>cases:</c>, then
    /// those under <c>defaults:</c>.</summary>
    public CustomerDataModel CustomerData { get; init; } = CustomerDataModel.Empty;

    /// <summary>What Voice ID authentication says about the caller (<c>voiceId:</c>, see <see cref="CallRequest.VoiceIdResult"/>).</summary>
    public string VoiceId { get; init; } = CallRequest.DefaultVoiceIdResult;

    /// <summary>What Voice ID fraud detection says (<c>voiceIdFraudRisk:</c>, see <see cref="CallRequest.VoiceIdFraudRisk"/>).</summary>
    public string VoiceIdFraudRisk { get; init; } = CallRequest.DefaultVoiceIdFraudRisk;

    /// <summary>What answering-machine detection says (<c>outboundCallStatus:</c>, see <see cref="CallRequest.OutboundCallStatus"/>).</summary>
    public string OutboundCallStatus { get; init; } = CallRequest.DefaultOutboundCallStatus;

    /// <summary>How long the caller waits in queue (<c>wait: 90s</c>), or null to end the call when it is queued.</summary>
    public TimeSpan? Wait { get; init; }

    /// <summary>The state of stub queues and hours (<c>stubs:</c>, see <see cref="Execution.StubStates"/>).</summary>
    public ImmutableDictionary<string, string> Stubs { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The interpreter's request for this call.</summary>
    public CallRequest ToRequest()
    {
        var placeholders = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Environment is not null) placeholders["Environment"] = Environment;
        var request = new CallRequest(Number, Caller, At)
        {
            AgentStatusOverrides = Agents,
            InputDigits = Input,
            Placeholders = placeholders,
            Seed = Seed,
            StartFlow = StartFlow,
            InitialAttributes = Attributes,
            Mocks = Mocks,
            Strict = Strict,
            Utterances = Utterances,
            Patience = Patience,
            Channel = Channel,
            InitialExternal = Start?.External,
            InitialFlowAttributes = Start?.FlowAttributes ?? ImmutableDictionary<string, string>.Empty,
            CustomerData = CustomerData,
            VoiceIdResult = VoiceId,
            VoiceIdFraudRisk = VoiceIdFraudRisk,
            OutboundCallStatus = OutboundCallStatus,
            QueueWait = Wait,
            Hold = Hold,
            StubStates = Stubs,
        };
        if (Start is { Attributes.IsEmpty: false } start) request = request with { InitialAttributes = Attributes.SetItems(start.Attributes) };
        return request;
    }

    /// <summary><c>hold:</c> how long the agent puts the caller on hold after answering (<see cref="CallRequest.Hold"/>); null: no hold.</summary>
    public TimeSpan? Hold { get; init; }
}
