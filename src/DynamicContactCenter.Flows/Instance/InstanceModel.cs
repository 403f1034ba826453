using System.Collections.Frozen;
using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Instance;

/// <summary>The local model of the Amazon Connect instance (<c>config/instance.yaml</c>): queues, hours, agents, flows, Lambda functions,
/// phone numbers and the values of <c>${Name}</c> placeholders. Immutable; load it with <see cref="InstanceModelLoader"/>.</summary>
public sealed class InstanceModel
{
    /// <summary>Creates a model. Most callers load one with <see cref="InstanceModelLoader"/>.</summary>
    public InstanceModel(string? file, string instanceArn, string? defaultFlow, ImmutableDictionary<string, string> phoneNumbers,
        ImmutableArray<QueueDefinition> queues, ImmutableArray<HoursOfOperation> hours, ImmutableArray<AgentDefinition> agents,
        ImmutableArray<FlowDefinition> flows, ImmutableArray<FunctionDefinition> functions, ImmutableDictionary<string, string> placeholders,
        IEnumerable<string> extraVoices)
    {
        File = file;
        InstanceArn = instanceArn;
        DefaultFlow = defaultFlow;
        PhoneNumbers = phoneNumbers;
        Queues = queues;
        Hours = hours;
        Agents = agents;
        Flows = flows;
        Functions = functions;
        Placeholders = placeholders;
        Voices = VoiceCatalog.PollyVoices.Concat(extraVoices).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>An instance with nothing in it, for running a lone flow file.</summary>
    public static InstanceModel Empty { get; } = new(null, "arn:aws:connect:us-east-1:000000000000:instance/00000000-0000-0000-0000-000000000000",
        null, ImmutableDictionary<string, string>.Empty, [], [], [], [], [], ImmutableDictionary<string, string>.Empty, []);

    /// <summary>The file it was loaded from, or null.</summary>
    public string? File { get; }

    /// <summary>The instance ARN (sent to Lambda as <c>InstanceARN</c>).</summary>
    public string InstanceArn { get; }

    /// <summary>The AWS region, taken from the instance ARN.</summary>
    public string Region => InstanceArn.Split(':') is { Length: > 3 } parts ? parts[3] : "us-east-1";

    /// <summary>The flow a call starts in when its dialed number has no entry in <see cref="PhoneNumbers"/>.</summary>
    public string? DefaultFlow { get; }

    /// <summary>Claimed phone numbers (E.164) → the name of the flow each starts.</summary>
    public ImmutableDictionary<string, string> PhoneNumbers { get; }

    /// <summary>The standard queues.</summary>
    public ImmutableArray<QueueDefinition> Queues { get; }

    /// <summary>The hours of operation.</summary>
    public ImmutableArray<HoursOfOperation> Hours { get; }

    /// <summary>The agents.</summary>
    public ImmutableArray<AgentDefinition> Agents { get; }

    /// <summary>The flows and modules.</summary>
    public ImmutableArray<FlowDefinition> Flows { get; }

    /// <summary>The Lambda functions.</summary>
    public ImmutableArray<FunctionDefinition> Functions { get; }

    /// <summary>Explicit values for <c>${Name}</c> placeholders.</summary>
    public ImmutableDictionary<string, string> Placeholders { get; }

    /// <summary>Voice names UpdateContactTextToSpeechVoice accepts (case-insensitive).</summary>
    public FrozenSet<string> Voices { get; }

    /// <summary>The queue with this ARN, id or name, or null.</summary>
    public QueueDefinition? FindQueue(string reference) =>
        Queues.FirstOrDefault(q => q.Arn == reference || q.Id == reference) ?? FindQueueByName(reference);

    /// <summary>The queue with this name, or null.</summary>
    public QueueDefinition? FindQueueByName(string name) => Queues.FirstOrDefault(q => q.Name == name);

    /// <summary>The hours with this ARN, id or name, or null.</summary>
    public HoursOfOperation? FindHours(string reference) =>
        Hours.FirstOrDefault(h => h.Arn == reference || h.Id == reference || h.Name == reference);

    /// <summary>The flow with this ARN, id or name, or null.</summary>
    public FlowDefinition? FindFlow(string reference) =>
        Flows.FirstOrDefault(f => f.Arn == reference || f.Id == reference) ?? Flows.FirstOrDefault(f => f.Name == reference);

    /// <summary>The function with this name or any of its ARNs (also a qualified ARN <c>...:function:name:alias</c>), or null.</summary>
    public FunctionDefinition? FindFunction(string reference)
    {
        var found = Functions.FirstOrDefault(f => f.Name == reference || f.Arns.Contains(reference));
        if (found is not null) return found;
        // A qualified ARN (version or alias suffix) reaches the same function.
        var parts = reference.Split(':');
        if (parts.Length == 8 && parts[5] == "function")
        {
            var unqualified = string.Join(':', parts.Take(7));
            return Functions.FirstOrDefault(f => f.Arns.Contains(unqualified));
        }

        return null;
    }

    /// <summary>The value of placeholder <c>${name}</c>: an explicit <see cref="Placeholders"/> entry, else the ARN of the flow or
    /// function named <paramref name="name"/> (or <paramref name="name"/> without an <c>Arn</c> suffix), else null.</summary>
    public string? ResolvePlaceholder(string name)
    {
        if (Placeholders.TryGetValue(name, out var value)) return value;
        var baseName = name.EndsWith("Arn", StringComparison.Ordinal) ? name[..^3] : name;
        foreach (var candidate in new[] { name, baseName })
        {
            var flow = Flows.FirstOrDefault(f => f.Name == candidate);
            if (flow?.Arn is not null) return flow.Arn;
            var function = Functions.FirstOrDefault(f => f.Name == candidate);
            if (function?.Arn is not null) return function.Arn;
        }

        if (name == "AWS::Region") return Region;
        return null;
    }

    /// <summary>The names <see cref="ResolvePlaceholder"/> answers in their documented form (explicit entries, <c>XArn</c> for each
    /// flow and function with an ARN, <c>AWS::Region</c>), sorted: what an error about an unknown placeholder lists as known.</summary>
    public ImmutableArray<string> PlaceholderNames() =>
        [.. Placeholders.Keys
            .Concat(Flows.Where(f => f.Arn is not null).Select(f => f.Name + "Arn"))
            .Concat(Functions.Where(f => f.Arn is not null).Select(f => f.Name + "Arn"))
            .Append("AWS::Region")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>The agents who serve <paramref name="queue"/>, each with their status after <paramref name="overrides"/> (queue name or
    /// ARN → status). A queue overridden but with no agent gets one synthetic agent in that status, so <c>--agents Q=Available</c>
    /// always means "someone is available".</summary>
    public IReadOnlyList<AgentDefinition> AgentsFor(QueueDefinition queue, IReadOnlyDictionary<string, AgentStatus>? overrides)
    {
        ArgumentNullException.ThrowIfNull(queue);
        AgentStatus? forced = null;
        if (overrides is not null && (overrides.TryGetValue(queue.Name, out var byName) || overrides.TryGetValue(queue.Arn, out byName)))
        {
            forced = byName;
        }

        var agents = Agents.Where(a => a.Queues.Contains(queue.Name))
            .Select(a => forced is null ? a : a with { Status = forced.Value })
            .ToList();
        if (agents.Count == 0 && forced is not null) agents.Add(new AgentDefinition($"{queue.Name}-agent", [queue.Name], forced.Value));
        return agents;
    }

    /// <summary>The local models of Lex bots (<c>bots:</c>), which ConnectParticipantWithLexBot matches the caller's words against.</summary>
    public ImmutableArray<BotDefinition> Bots { get; init; } = [];

    /// <summary>The bot with this Lex V2 alias ARN or (classic Lex) name, or null: the call then runs a stub bot.</summary>
    public BotDefinition? FindBot(string reference) =>
        Bots.FirstOrDefault(b => b.AliasArns.Contains(reference)) ?? Bots.FirstOrDefault(b => b.Name == reference);
    /// <summary>The Customer Profiles domain and Cases of the instance (<c>customerProfiles:</c>, <c>cases:</c>): what each call's profile and
    /// case actions start from.</summary>
    public CustomerDataModel CustomerData { get; init; } = CustomerDataModel.Empty;

    /// <summary>The instance's default customer queue flow (<c>instance.defaultCustomerQueueFlow</c>): what a queued caller hears when
    /// no CustomerQueue hook is set. Null when not modelled.</summary>
    public string? DefaultCustomerQueueFlow { get; init; }

    /// <summary>The instance's default customer whisper flow (<c>instance.defaultCustomerWhisperFlow</c>), or null.</summary>
    public string? DefaultCustomerWhisperFlow { get; init; }

    /// <summary>The instance's default agent whisper flow (<c>instance.defaultAgentWhisperFlow</c>), or null.</summary>
    public string? DefaultAgentWhisperFlow { get; init; }
}
