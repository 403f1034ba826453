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

    /// <summary>How long the caller waits in queue (<c>wait: 90s</c>), or null to end the call when it is queued.</summary>
    public TimeSpan? Wait { get; init; }

    /// <summary>The interpreter's request for this call.</summary>
    public CallRequest ToRequest()
    {
        var placeholders = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Environment is not null) placeholders["Environment"] = Environment;
        return new CallRequest(Number, Caller, At)
        {
            AgentStatusOverrides = Agents,
            InputDigits = Input,
            Placeholders = placeholders,
            Seed = Seed,
            StartFlow = StartFlow,
            InitialAttributes = Attributes,
            Mocks = Mocks,
            Strict = Strict,
            QueueWait = Wait,
        };
    }
}
